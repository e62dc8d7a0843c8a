/*
 * 上传页的渐进增强 / progressive enhancement of the upload page.
 * Without this script the form posts every file at once and the server lists the results.
 * With it: a drop zone (mouse and keyboard), each file sent on its own to POST /api/reports
 * (session cookie + X-CSRF-Token), a <progress> per file, a result row per file, and each
 * result announced in a live region. Plain DOM: elements are built one by one and every
 * text goes in as textContent, never parsed as markup.
 */
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  var input = document.getElementById('file');
  var zone = document.getElementById('drop-zone');
  var section = document.getElementById('upload-progress-section');
  var body = document.getElementById('upload-progress-body');
  var live = document.getElementById('upload-status');
  if (!form || !input || !zone || !section || !body || !live || !window.FormData || !window.XMLHttpRequest) return;

  var csrf = form.querySelector('input[name="_csrf"]');
  var queue = [];
  var busy = false;
  var count = 0;
  var fromZone = false;

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text) e.textContent = text;
    for (var k in attrs || {}) e.setAttribute(k, attrs[k]);
    return e;
  }

  function say(text) {
    live.appendChild(el('p', text));
  }

  /** stored, unmatched, duplicate (from the API) or error. */
  function outcomeOf(status, json) {
    return json && json.report && status < 300 ? json.outcome : 'error';
  }

  var LABELS = { stored: '已入库', unmatched: '已入库，待匹配机关（已进入待匹配队列）', duplicate: '此前已入库（未重复保存）' };

  function finish(row, name, status, json) {
    var outcome = outcomeOf(status, json);
    var cell = row.result;
    cell.textContent = '';
    row.tr.setAttribute('data-outcome', outcome);
    row.progress.max = 1;
    row.progress.value = 1;
    if (outcome === 'error') {
      var err = (json && json.error) || { code: 'NETWORK', message: { zh: '网络错误，文件未能送达。', en: 'Network error: the file did not arrive.' } };
      row.tr.className = 'finding-error';
      cell.appendChild(document.createTextNode('失败：'));
      cell.appendChild(el('code', err.code));
      cell.appendChild(document.createTextNode(' ' + err.message.zh + ' '));
      cell.appendChild(el('span', '(' + err.message.en + ')', { lang: 'en' }));
      cell.appendChild(document.createTextNode('；未保存任何内容。'));
      say(name + '：上传失败，' + err.message.zh);
      return;
    }
    var findings = json.findings || [];
    var errors = findings.filter(function (f) { return f.severity === 'error'; }).length;
    var warnings = findings.filter(function (f) { return f.severity === 'warning'; }).length;
    cell.appendChild(document.createTextNode(LABELS[outcome] + '：'));
    cell.appendChild(el('a', '报告 ' + json.report.id, { href: '/reports/' + json.report.id }));
    cell.appendChild(document.createTextNode('（错误 ' + errors + ' 项，警告 ' + warnings + ' 项）'));
    say(name + '：' + LABELS[outcome] + '，错误 ' + errors + ' 项，警告 ' + warnings + ' 项。');
  }

  function addRow(file) {
    count += 1;
    var tr = el('tr', null, { id: 'upload-file-' + count, 'data-outcome': 'pending' });
    tr.appendChild(el('th', file.name || '（未命名）', { scope: 'row' }));
    var progress = el('progress', null, { max: '1', value: '0', 'aria-label': (file.name || '文件') + ' 上传进度' });
    var td = el('td');
    td.appendChild(progress);
    tr.appendChild(td);
    var result = el('td', '等待上传');
    tr.appendChild(result);
    body.appendChild(tr);
    section.hidden = false;
    return { tr: tr, progress: progress, result: result };
  }

  function send(item) {
    var data = new FormData();
    data.append('file', item.file);
    ['agency', 'year'].forEach(function (name) {
      var f = form.elements.namedItem(name);
      if (f && f.value) data.append(name, f.value);
    });
    var xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/reports');
    xhr.setRequestHeader('X-CSRF-Token', csrf ? csrf.value : '');
    xhr.setRequestHeader('Accept', 'application/json');
    item.row.result.textContent = '正在上传';
    xhr.upload.onprogress = function (e) {
      if (e.lengthComputable) item.row.progress.value = e.loaded / e.total;
    };
    xhr.upload.onload = function () {
      item.row.progress.removeAttribute('value');
      item.row.result.textContent = '正在读取和校验';
    };
    xhr.onload = function () {
      var json = null;
      try { json = JSON.parse(xhr.responseText); } catch { json = null; }
      finish(item.row, item.file.name, xhr.status, json);
      next();
    };
    xhr.onerror = function () {
      finish(item.row, item.file.name, 0, null);
      next();
    };
    xhr.send(data);
  }

  function next() {
    var item = queue.shift();
    busy = Boolean(item);
    if (item) send(item);
    else say('全部文件已处理。');
  }

  function uploadAll(files) {
    if (!files || !files.length) return;
    for (var i = 0; i < files.length; i++) queue.push({ file: files[i], row: addRow(files[i]) });
    say('开始上传 ' + files.length + ' 个文件。');
    if (!busy) next();
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    uploadAll(input.files);
    input.value = '';
  });
  input.addEventListener('change', function () {
    if (!fromZone) return;
    fromZone = false;
    uploadAll(input.files);
    input.value = '';
  });
  zone.addEventListener('click', function () {
    fromZone = true;
    input.click();
  });
  zone.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    fromZone = true;
    input.click();
  });
  ['dragenter', 'dragover'].forEach(function (type) {
    zone.addEventListener(type, function (e) {
      e.preventDefault();
      zone.classList.add('drag-over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    zone.addEventListener(type, function () { zone.classList.remove('drag-over'); });
  });
  zone.addEventListener('drop', function (e) {
    e.preventDefault();
    uploadAll(e.dataTransfer && e.dataTransfer.files);
  });
  zone.hidden = false;
})();
