/* The notification bell (issue 6): polls the unread count, shows the latest notifications, marks them read.
   Uses the REST API with the page's session; changing calls carry the session's CSRF token (GET /api/session). */
(function () {
    var POLL_MS = 30000;
    var bell = document.getElementById('notif-bell');
    if (!bell || bell.dataset.ready) {
        return;
    }
    bell.dataset.ready = '1';
    var ctx = bell.dataset.context;
    var lang = bell.dataset.lang || 'vi';
    var button = document.getElementById('bell-button');
    var count = document.getElementById('bell-count');
    var panel = document.getElementById('bell-panel');
    var list = document.getElementById('bell-list');
    var csrf = null;

    function api(path, options) {
        options = options || {};
        options.credentials = 'same-origin';
        options.headers = Object.assign({'Accept': 'application/json', 'Accept-Language': lang}, options.headers || {});
        return fetch(ctx + '/api' + path, options).then(function (r) {
            if (!r.ok) {
                throw new Error(r.status);
            }
            return r.status === 204 ? null : r.json();
        });
    }

    function token() {
        if (csrf) {
            return Promise.resolve(csrf);
        }
        return api('/session').then(function (s) { csrf = s.csrfToken; return csrf; });
    }

    function post(path) {
        return token().then(function (t) { return api(path, {method: 'POST', headers: {'X-CSRF-Token': t}}); });
    }

    function showCount(c) {
        count.textContent = c.unread;
        count.style.display = c.unread > 0 ? '' : 'none';
        count.classList.toggle('cv-bell-urgent', c.urgentUnread > 0);
    }

    function refresh() {
        api('/me/notifications/count').then(showCount).catch(function () { /* next time */ });
    }

    function render(page) {
        list.innerHTML = '';
        if (page.items.length === 0) {
            var empty = document.createElement('li');
            empty.className = 'cv-bell-empty';
            empty.textContent = bell.dataset.empty;
            list.appendChild(empty);
        }
        page.items.forEach(function (n) {
            var li = document.createElement('li');
            li.className = 'cv-bell-item' + (n.read ? '' : ' cv-unread') + (n.urgent ? ' cv-urgent' : '');
            li.dataset.id = n.id;
            var a = document.createElement('a');
            a.href = ctx + '/' + n.link;
            a.textContent = (n.urgent ? bell.dataset.urgent + ' · ' : '') + n.message;
            a.addEventListener('click', function (ev) {
                if (n.read) {
                    return;
                }
                ev.preventDefault();
                post('/me/notifications/' + n.id + '/read').finally(function () { window.location = a.href; });
            });
            var when = document.createElement('time');
            when.textContent = new Date(n.createdAt).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN');
            li.appendChild(a);
            li.appendChild(when);
            list.appendChild(li);
        });
        showCount({unread: page.unread, urgentUnread: page.items.filter(function (n) { return n.urgent && !n.read; }).length});
    }

    function open() {
        panel.hidden = false;
        button.setAttribute('aria-expanded', 'true');
        api('/me/notifications?size=8').then(render).catch(function () { /* keep the panel */ });
    }

    function close() {
        panel.hidden = true;
        button.setAttribute('aria-expanded', 'false');
    }

    button.addEventListener('click', function () { panel.hidden ? open() : close(); });
    document.addEventListener('click', function (ev) {
        if (!bell.contains(ev.target)) {
            close();
        }
    });
    document.getElementById('bell-read-all').addEventListener('click', function () {
        post('/me/notifications/read-all').then(open).then(refresh);
    });
    setInterval(refresh, POLL_MS);
})();
