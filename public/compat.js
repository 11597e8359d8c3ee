/*
 * Old browsers: a plain message instead of a blank page.
 *
 * index.html loads this small classic script (same origin, so the strict CSP allows it) before the
 * app's module. The module sets window.__renewalMapStarted as the first statement of src/main.tsx.
 * If, a moment after the page's `load`, that flag is missing — no ES modules, or the bundle did not
 * parse (class static blocks and other ES2022 syntax on iOS before 16.4 / WeChat on it), or it
 * failed to load — this script replaces the empty page with a message naming what is missing.
 * It also names JavaScript built-ins the app uses that some engines lack, and WebGL2.
 *
 * ES5 on purpose (var, function, no arrow functions, no template strings, no let/const): it must
 * run in the engines that cannot run the app. Text goes in with textContent only, never innerHTML.
 * It cannot use the app's i18n (src/i18n/locales): that is part of the app that did not start, so
 * its two languages — Chinese first, English second — live in this one file, in TEXT below.
 */
(function () {
  // After `load`, how long the module may still take to set its flag.
  var GRACE_MS = 1000;

  var TEXT = {
    zhTitle: '这个浏览器太旧，无法运行本地图',
    enTitle: 'This browser is too old to run this map',
    zhStartTitle: '本地图没能启动',
    enStartTitle: 'The map could not start',
    zhLacks: '不支持：',
    enLacks: 'Missing: ',
    zhSep: '；',
    enSep: '; ',
    zhAdvice: '请升级系统或换用新版浏览器（Chrome、Edge、Firefox 或 Safari 的近期版本）。',
    enAdvice: 'Please update the system or use a recent browser (a recent Chrome, Edge, Firefox or Safari).',
    zhStartAdvice: '程序文件没有加载或运行出错。请刷新页面；如果仍然不行，请换用新版浏览器。',
    enStartAdvice:
      'Its program files did not load or failed to run. Please reload the page; if that does not help, use a recent browser.',
    zhDetail: '浏览器报告：',
    enDetail: 'The browser says: ',
    modules: { zh: 'JavaScript 模块（ES modules）', en: 'JavaScript modules (ES modules)' },
    syntax: {
      zh: 'ES2022 的 JavaScript 语法（程序无法解析，SyntaxError）',
      en: 'ES2022 JavaScript syntax (the program could not be parsed: SyntaxError)'
    },
    builtins: { zh: 'JavaScript 内置功能 ', en: 'JavaScript built-ins ' },
    webgl2: { zh: 'WebGL2（绘制地图所需）', en: 'WebGL2 (needed to draw the map)' }
  };

  var syntaxError = '';
  var otherError = '';
  var failedScript = '';

  function started() {
    return window.__renewalMapStarted === true;
  }

  // Capture phase: a <script> that fails to load fires `error` on the element, which does not bubble.
  window.addEventListener(
    'error',
    function (e) {
      if (started()) return;
      var target = e && e.target;
      if (target && target !== window && target.tagName === 'SCRIPT') {
        failedScript = failedScript || target.src || '';
        return;
      }
      var err = e && e.error;
      var message = (e && e.message) || (err ? String(err) : '');
      if ((err && err.name === 'SyntaxError') || /SyntaxError/.test(message)) {
        syntaxError = syntaxError || message || 'SyntaxError';
      } else {
        otherError = otherError || message;
      }
    },
    true
  );

  function hasModules() {
    return 'noModule' in document.createElement('script');
  }

  function hasWebGL2() {
    var canvas = document.createElement('canvas');
    try {
      return typeof window.WebGL2RenderingContext !== 'undefined' && !!canvas.getContext('webgl2');
    } catch (_e) {
      return false;
    }
  }

  /** Built-ins the bundle calls (MapLibre among others) that the build cannot add: Safari 15.4+. */
  function missingBuiltins() {
    var missing = [];
    if (typeof Object.hasOwn !== 'function') missing.push('Object.hasOwn');
    if (typeof Array.prototype.at !== 'function') missing.push('Array.prototype.at');
    return missing;
  }

  function element(tag, text, lang) {
    var el = document.createElement(tag);
    if (text) el.textContent = text;
    if (lang) el.setAttribute('lang', lang);
    return el;
  }

  function show(lacks, title, advice, detail) {
    var box = element('main');
    var zh = element('section', '', 'zh-CN');
    var en = element('section', '', 'en');
    var zhNames = [];
    var enNames = [];
    var root = document.getElementById('root');
    var d;
    var i;
    box.id = 'compat-message';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'compat-message');
    // CSSOM, not a style attribute: the CSP (style-src 'self') allows this.
    var s = box.style;
    s.position = 'fixed';
    s.top = s.right = s.bottom = s.left = '0';
    s.zIndex = '2147483647';
    s.overflow = 'auto';
    s.padding = '24px';
    s.background = '#f3efe6';
    s.color = '#222';
    s.font = '16px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif';

    en.style.marginTop = '24px';
    zh.appendChild(element('h1', title.zh));
    en.appendChild(element('h2', title.en));
    if (lacks.length) {
      for (i = 0; i < lacks.length; i++) {
        zhNames.push(lacks[i].zh);
        enNames.push(lacks[i].en);
      }
      zh.appendChild(element('p', TEXT.zhLacks + zhNames.join(TEXT.zhSep) + '。'));
      en.appendChild(element('p', TEXT.enLacks + enNames.join(TEXT.enSep) + '.'));
    }
    zh.appendChild(element('p', advice.zh));
    en.appendChild(element('p', advice.en));
    box.appendChild(zh);
    box.appendChild(en);
    if (detail) {
      d = element('p', TEXT.zhDetail + detail + ' / ' + TEXT.enDetail + detail);
      d.style.marginTop = '24px';
      d.style.fontSize = '13px';
      d.style.color = '#555';
      d.style.wordBreak = 'break-word';
      box.appendChild(d);
    }
    if (root) root.style.display = 'none';
    document.body.appendChild(box);
    document.documentElement.setAttribute('data-compat', 'failed');
  }

  function check() {
    var builtins = missingBuiltins();
    if (started() && !builtins.length) {
      // Running: the app names a missing WebGL2 itself (src/map/MapView.tsx), in both languages.
      document.documentElement.setAttribute('data-compat', 'ok');
      return;
    }
    var lacks = [];
    var names = builtins.join(', ');
    if (!hasModules()) lacks.push(TEXT.modules);
    if (syntaxError) lacks.push(TEXT.syntax);
    if (builtins.length) {
      lacks.push({ zh: TEXT.builtins.zh + names, en: TEXT.builtins.en + names });
    }
    if (!hasWebGL2()) lacks.push(TEXT.webgl2);
    if (lacks.length) {
      show(
        lacks,
        { zh: TEXT.zhTitle, en: TEXT.enTitle },
        { zh: TEXT.zhAdvice, en: TEXT.enAdvice },
        syntaxError || otherError
      );
    } else {
      show(
        [],
        { zh: TEXT.zhStartTitle, en: TEXT.enStartTitle },
        { zh: TEXT.zhStartAdvice, en: TEXT.enStartAdvice },
        otherError || failedScript
      );
    }
  }

  window.addEventListener('load', function () {
    setTimeout(check, GRACE_MS);
  });
})();
