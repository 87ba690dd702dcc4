// Bulk enrolment page: posts the file to the API and shows the result or the report, row by row.
// Every value from the server is shown as text (textContent), never as HTML.
(function () {
  'use strict';

  var MAX_BYTES = 10 * 1024 * 1024;
  var form = document.getElementById('enrolment-form');
  var fileInput = document.getElementById('file');
  var schoolInput = document.getElementById('schoolCode');
  var summary = document.getElementById('summary');
  var problemsTable = document.getElementById('problems');
  var resultsTable = document.getElementById('results');
  var downloadButton = document.getElementById('download');
  var submitButton = document.getElementById('submit');

  function base64(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function headers() {
    var user = document.getElementById('userId').value;
    var password = document.getElementById('password').value;
    var h = { 'Accept': 'application/json' };
    if (user) {
      h.Authorization = 'Basic ' + base64(user + ':' + password);
    }
    return h;
  }

  function endpoint(suffix) {
    return 'api/schools/' + encodeURIComponent(schoolInput.value.trim()) + '/enrolments' + suffix;
  }

  function upload() {
    var data = new FormData();
    data.append('file', fileInput.files[0]);
    return data;
  }

  function show(kind, lines) {
    summary.className = kind;
    summary.replaceChildren();
    lines.forEach(function (line) {
      var p = document.createElement('p');
      p.textContent = line;
      summary.appendChild(p);
    });
  }

  function fill(table, rows) {
    var body = table.tBodies[0];
    body.replaceChildren();
    rows.forEach(function (cells) {
      var tr = document.createElement('tr');
      cells.forEach(function (cell) {
        var td = document.createElement('td');
        td.textContent = cell === null || cell === undefined ? '' : String(cell);
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.hidden = rows.length === 0;
  }

  function reset() {
    fill(problemsTable, []);
    fill(resultsTable, []);
    downloadButton.hidden = true;
  }

  function check() {
    if (!schoolInput.checkValidity()) {
      show('error', ['Mã trường: chữ thường, số hoặc "-" / School code: lower-case letters, digits or "-"']);
      return false;
    }
    if (!fileInput.files.length) {
      show('error', ['Chọn một tệp CSV hoặc XLSX / Choose a CSV or XLSX file']);
      return false;
    }
    if (fileInput.files[0].size > MAX_BYTES) {
      show('error', ['Tệp lớn quá 10 MB; hãy chia thành nhiều tệp / The file is larger than 10 MB; split it']);
      return false;
    }
    return true;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    reset();
    if (!check()) {
      return;
    }
    submitButton.disabled = true;
    show('', ['Đang kiểm tra và nhập... / Checking and enrolling...']);
    fetch(endpoint(''), { method: 'POST', body: upload(), headers: headers(), credentials: 'same-origin' })
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          return { status: response.status, body: body };
        });
      })
      .then(function (answer) {
        var body = answer.body;
        if (answer.status === 200) {
          show('ok', ['Đã bắt đầu ' + body.started + ' sinh viên, bỏ qua ' + body.skipped + ' (đã có trước đó).'
            + ' / Started ' + body.started + ' students, skipped ' + body.skipped + ' (enrolled before).']);
          fill(resultsTable, body.results.map(function (r) {
            return [r.row, r.studentId, r.result === 'STARTED' ? 'Đã bắt đầu / started' : r.reason];
          }));
        } else {
          show('error', body.problems || ['Lỗi ' + answer.status + ' / Error ' + answer.status]);
          if (body.report) {
            fill(problemsTable, body.report.map(function (p) {
              return [p.row === 0 ? 'Tệp / File' : p.row, p.column, p.value, p.vi + ' / ' + p.en];
            }));
            downloadButton.hidden = false;
          }
        }
      })
      .catch(function () {
        show('error', ['Không kết nối được máy chủ / Could not reach the server']);
      })
      .finally(function () {
        submitButton.disabled = false;
      });
  });

  downloadButton.addEventListener('click', function () {
    if (!check()) {
      return;
    }
    var h = headers();
    h.Accept = 'text/csv';
    fetch(endpoint('/report'), { method: 'POST', body: upload(), headers: h, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.blob();
      })
      .then(function (blob) {
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = 'enrolment-report-' + schoolInput.value.trim() + '.csv';
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(function () { URL.revokeObjectURL(link.href); }, 10000);
      })
      .catch(function () {
        show('error', ['Không tải được báo cáo / Could not download the report']);
      });
  });
}());
