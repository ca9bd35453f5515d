// The answer form of a questionnaire: questions whose condition is not met are hidden (the server
// ignores their answers the same way), and what is typed is kept on this device until it is sent,
// so a respondent can close the page and come back. Nothing here holds visible text.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('answer-form');
  if (!form) {
    return;
  }
  var key = form.dataset.draftKey;
  var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));

  function chosen(name) {
    return Array.prototype.slice.call(form.querySelectorAll('[name="' + name + '"]'))
      .filter(function (i) { return i.checked; })
      .map(function (i) { return i.value; });
  }

  function apply() {
    var shown = {};
    questions.forEach(function (q) {
      var condition = q.dataset.condition;
      var visible = true;
      if (condition) {
        var choices = (q.dataset.choices || '').split(/\r?\n|\|/);
        var source = document.getElementById('question-' + condition.substring(1));
        visible = source !== null && shown[source.id] === true
          && chosen(condition).some(function (v) { return choices.indexOf(v) >= 0; });
      }
      shown[q.id] = visible;
      q.hidden = !visible;
    });
  }

  function save() {
    if (!key || !window.localStorage) {
      return;
    }
    var data = {};
    Array.prototype.forEach.call(form.elements, function (e) {
      if (!e.name || e.name.charAt(0) !== 'q') {
        return;
      }
      if ((e.type === 'radio' || e.type === 'checkbox')) {
        if (e.checked) {
          (data[e.name] = data[e.name] || []).push(e.value);
        }
      } else if (e.value) {
        data[e.name] = [e.value];
      }
    });
    try {
      localStorage.setItem(key, JSON.stringify(data));
    } catch (ignored) {
      // A full or disabled storage only loses the draft, never the form.
    }
  }

  function restore() {
    if (!key || !window.localStorage || form.querySelector('[name^="q"]:checked, input[name^="q"][value]:not([value=""]):not([type=radio]):not([type=checkbox])')) {
      return;
    }
    var data;
    try {
      data = JSON.parse(localStorage.getItem(key) || 'null');
    } catch (ignored) {
      data = null;
    }
    if (!data) {
      return;
    }
    Array.prototype.forEach.call(form.elements, function (e) {
      var values = data[e.name];
      if (!values) {
        return;
      }
      if (e.type === 'radio' || e.type === 'checkbox') {
        e.checked = values.indexOf(e.value) >= 0;
      } else {
        e.value = values[0];
      }
    });
  }

  restore();
  apply();
  form.addEventListener('change', function () { apply(); save(); });
  form.addEventListener('input', save);
  if (document.getElementById('receipt-code') && key) {
    localStorage.removeItem(key);
  }
});
// The receipt page clears the draft of the questionnaire just answered.
document.addEventListener('DOMContentLoaded', function () {
  var done = document.getElementById('receipt-code');
  if (done && done.dataset.draftKey && window.localStorage) {
    localStorage.removeItem(done.dataset.draftKey);
  }
});
