@echo off
rem Double-click: starts the map on this computer and opens it in presenter mode.
rem Uses Windows PowerShell, which every Windows 10 and 11 has. Close this window to stop.
cd /d "%~dp0"
powershell.exe -NoProfile -ExecutionPolicy Bypass -File "%~dp0start.ps1"
if errorlevel 1 pause
