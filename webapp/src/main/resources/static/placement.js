// Placement round page: lists the open rounds and their offers of a field, and sends the student's ranking.
// Every value from the server is shown as text (textContent), never as HTML.
(function () {
  'use strict';

  var roundSelect = document.getElementById('round');
  var fieldInput = document.getElementById('field');
  var offersTable = document.getElementById('offers');
  var submitButton = document.getElementById('submit');
  var summary = document.getElementById('summary');

  function base64(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = '';
    bytes.forEach(function (b) { binary += String.fromCharCode(b); });
    return btoa(binary);
  }

  function headers(json) {
    var user = document.getElementById('userId').value;
    var password = document.getElementById('password').value;
    var h = { 'Accept': 'application/json' };
    if (json) {
      h['Content-Type'] = 'application/json';
    }
    if (user) {
      h.Authorization = 'Basic ' + base64(user + ':' + password);
    }
    return h;
  }

  function show(kind, lines) {
    summary.className = kind;
    summary.textContent = '';
    lines.forEach(function (line) {
      var p = document.createElement('p');
      p.textContent = line;
      summary.appendChild(p);
    });
  }

  function refused(response) {
    return response.json().then(function (body) {
      show('error', body.problems || ['HTTP ' + response.status]);
    }, function () {
      show('error', ['HTTP ' + response.status]);
    });
  }

  function loadRounds() {
    return fetch('api/placement/rounds', { headers: headers(false) }).then(function (response) {
      if (!response.ok) {
        return refused(response);
      }
      return response.json().then(function (rounds) {
        roundSelect.textContent = '';
        rounds.filter(function (r) { return r.status === 'OPEN'; }).forEach(function (r) {
          var option = document.createElement('option');
          option.value = r.roundId;
          option.textContent = r.roundId + ' (' + r.cohort + ')';
          roundSelect.appendChild(option);
        });
      });
    });
  }

  function loadOffers() {
    var url = 'api/placement/rounds/' + encodeURIComponent(roundSelect.value) + '/offers?field='
      + encodeURIComponent(fieldInput.value.trim());
    return fetch(url, { headers: headers(false) }).then(function (response) {
      if (!response.ok) {
        return refused(response);
      }
      return response.json().then(function (offers) {
        var body = offersTable.querySelector('tbody');
        body.textContent = '';
        offers.forEach(function (offer) {
          var row = document.createElement('tr');
          var choice = document.createElement('select');
          choice.dataset.offerId = offer.offerId;
          ['', '1', '2', '3', '4', '5'].forEach(function (n) {
            var option = document.createElement('option');
            option.value = n;
            option.textContent = n === '' ? '—' : n;
            choice.appendChild(option);
          });
          var cell = document.createElement('td');
          cell.appendChild(choice);
          row.appendChild(cell);
          [offer.offerId, offer.hostCode, offer.titleVi + ' / ' + offer.titleEn, String(offer.capacity),
            (offer.requirements || []).join(', ')].forEach(function (text) {
            var td = document.createElement('td');
            td.textContent = text;
            row.appendChild(td);
          });
          body.appendChild(row);
        });
        offersTable.hidden = offers.length === 0;
        submitButton.hidden = offers.length === 0;
        show('ok', [offers.length + ' vị trí / offers']);
      });
    });
  }

  function rank(event) {
    event.preventDefault();
    var chosen = [];
    offersTable.querySelectorAll('select').forEach(function (select) {
      if (select.value) {
        chosen.push({ rank: Number(select.value), offerId: select.dataset.offerId });
      }
    });
    chosen.sort(function (a, b) { return a.rank - b.rank; });
    var studentId = document.getElementById('userId').value.trim();
    var url = 'api/placement/rounds/' + encodeURIComponent(roundSelect.value) + '/rankings/' + encodeURIComponent(studentId);
    fetch(url, {
      method: 'PUT', headers: headers(true),
      body: JSON.stringify({ offers: chosen.map(function (c) { return c.offerId; }) })
    }).then(function (response) {
      if (!response.ok) {
        return refused(response);
      }
      return response.json().then(function (applicant) {
        show('ok', ['Đã đăng ký: ' + applicant.choices.join(' > ') + ' / Ranked: ' + applicant.choices.join(' > ')]);
      });
    });
  }

  document.getElementById('load').addEventListener('click', function () {
    loadRounds().then(loadOffers);
  });
  document.getElementById('placement-form').addEventListener('submit', rank);
}());
