// Pitch workspace: live word count and speaking time, announced politely once typing pauses,
// and autosave. Without JavaScript the form still counts on the server and saves with the button.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave-url]");
  if (!form) return;
  var template = document.getElementById("pitch-messages");
  function message(name, values) {
    var node = template && template.content.querySelector('[data-msg="' + name + '"]');
    var text = node ? node.textContent : "";
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("{" + key + "}").join(values[key]);
    });
    return text;
  }
  var wpm = parseInt(form.dataset.wordsPerMinute, 10) || 140;
  var target = parseInt(form.dataset.targetSeconds, 10) || 60;
  var fields = form.querySelectorAll("textarea[data-pitch-part]");
  var total = form.querySelector("[data-total-text]");
  var over = form.querySelector("[data-over-text]");
  var announcer = form.querySelector("[data-pitch-announcer]");
  var status = form.querySelector("[data-autosave-status]");
  var announceTimer = null;
  var saveTimer = null;

  function words(text) {
    var trimmed = text.trim();
    return trimmed ? trimmed.split(/\s+/).length : 0;
  }

  function update(announce) {
    var sum = 0;
    fields.forEach(function (field) {
      var count = words(field.value);
      sum += count;
      var label = form.querySelector('[data-count-for="' + field.dataset.pitchPart + '"]');
      if (label) label.textContent = message(count === 1 ? "word" : "part-words", { words: count });
    });
    var seconds = Math.round((sum * 60) / wpm);
    var text = message("words", { words: sum, seconds: seconds });
    total.textContent = text;
    over.hidden = seconds <= target;
    if (announce) {
      clearTimeout(announceTimer);
      // Screen readers hear the total once the person pauses, not at every keystroke.
      announceTimer = setTimeout(function () {
        announcer.textContent = text + (seconds > target ? " " + over.textContent : "");
      }, 1500);
    }
  }

  function save() {
    var data = new FormData(form);
    fetch(form.dataset.autosaveUrl, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    })
      .then(function (response) {
        status.textContent = message(response.ok ? "saved" : "not-saved");
      })
      .catch(function () {
        status.textContent = message("not-saved");
      });
  }

  fields.forEach(function (field) {
    field.addEventListener("input", function () {
      update(true);
      clearTimeout(saveTimer);
      saveTimer = setTimeout(save, 2000);
    });
  });
  update(false);
})();
