# Serves the map from .\site on this computer only (http://localhost:8765/) and opens it in
# presenter mode. Windows PowerShell 5.1 (part of Windows 10 and 11) and .NET HttpListener: nothing
# to install. Started by start-windows.cmd; close the window to stop. $env:PORT picks another port.
$ErrorActionPreference = 'Stop'
$root = [System.IO.Path]::GetFullPath((Join-Path $PSScriptRoot 'site'))
if (-not (Test-Path -LiteralPath (Join-Path $root 'index.html'))) {
  Write-Host 'site\index.html is missing: extract the whole zip first (right-click, Extract All).'
  exit 1
}
$types = @{
  '.html' = 'text/html; charset=utf-8'; '.js' = 'text/javascript; charset=utf-8'
  '.mjs' = 'text/javascript; charset=utf-8'; '.css' = 'text/css; charset=utf-8'
  '.json' = 'application/json; charset=utf-8'; '.geojson' = 'application/geo+json; charset=utf-8'
  '.svg' = 'image/svg+xml'; '.png' = 'image/png'; '.woff2' = 'font/woff2'
  '.pmtiles' = 'application/octet-stream'
}
$first = if ($env:PORT) { [int]$env:PORT } else { 8765 }
$listener = $null
for ($port = $first; $port -lt $first + 20; $port++) {
  $candidate = New-Object System.Net.HttpListener
  $candidate.Prefixes.Add("http://localhost:$port/")
  try { $candidate.Start(); $listener = $candidate; break } catch { $candidate.Close() }
}
if (-not $listener) { Write-Host "No free port from $first. Close other programs and try again."; exit 1 }
$url = "http://localhost:$port/#mode=present"
Write-Host "Serving $url"
Write-Host 'The map is running; close this window to stop.'
if ($env:NO_BROWSER -ne '1') { Start-Process $url }

while ($listener.IsListening) {
  $context = $listener.GetContext()
  $request = $context.Request
  $response = $context.Response
  try {
    $path = [System.Uri]::UnescapeDataString($request.Url.AbsolutePath)
    if ($path.EndsWith('/')) { $path += 'index.html' }
    $file = [System.IO.Path]::GetFullPath((Join-Path $root ($path.TrimStart('/').Replace('/', '\'))))
    if (-not $file.StartsWith($root + '\', [System.StringComparison]::OrdinalIgnoreCase) -or
        -not (Test-Path -LiteralPath $file -PathType Leaf)) {
      $response.StatusCode = 404
    } else {
      $bytes = [System.IO.File]::ReadAllBytes($file)
      $ext = [System.IO.Path]::GetExtension($file).ToLowerInvariant()
      $response.ContentType = if ($types.ContainsKey($ext)) { $types[$ext] } else { 'application/octet-stream' }
      $response.AddHeader('Cache-Control', 'no-cache')
      $response.AddHeader('X-Content-Type-Options', 'nosniff')
      $response.AddHeader('Accept-Ranges', 'bytes')
      $start = 0
      $end = $bytes.Length - 1
      $range = $request.Headers['Range']
      if ($range -and $range -match '^bytes=(\d*)-(\d*)$') {
        if ($Matches[1]) {
          $start = [int64]$Matches[1]
          if ($Matches[2]) { $end = [Math]::Min([int64]$Matches[2], $bytes.Length - 1) }
        } else {
          $start = [Math]::Max($bytes.Length - [int64]$Matches[2], 0)
        }
        $response.StatusCode = 206
        $response.AddHeader('Content-Range', "bytes $start-$end/$($bytes.Length)")
      }
      $count = $end - $start + 1
      $response.ContentLength64 = $count
      if ($request.HttpMethod -ne 'HEAD') { $response.OutputStream.Write($bytes, [int]$start, [int]$count) }
    }
  } catch {
    # The browser closed the connection; go on with the next request.
  } finally {
    try { $response.Close() } catch { }
  }
}
