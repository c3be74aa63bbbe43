// Live refresh for the pages that ask for it; every page works without this script.
(function () {
  var tail = document.querySelector('[data-console-source]');
  if (tail) {
    var follow = function () {
      fetch(tail.getAttribute('data-console-source'), { credentials: 'same-origin' })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          if (!data) { return; }
          var atBottom = tail.scrollTop + tail.clientHeight >= tail.scrollHeight - 8;
          tail.textContent = data.lines.join('\n');
          if (atBottom) { tail.scrollTop = tail.scrollHeight; }
        })
        .catch(function () { });
    };
    tail.scrollTop = tail.scrollHeight;
    setInterval(follow, 1500);
  }
  var refresh = document.querySelector('[data-refresh-seconds]');
  if (refresh) {
    setTimeout(function () { window.location.reload(); }, 1000 * parseInt(refresh.getAttribute('data-refresh-seconds'), 10));
  }
})();
