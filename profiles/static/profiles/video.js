// Video upload with a progress bar. Without JavaScript the form posts normally.
(function () {
  "use strict";
  if (!window.XMLHttpRequest || !window.FormData || !window.DOMParser) return;
  init();

  function init() {
  var form = document.querySelector("form[data-video-upload]");
  if (!form) return;
  var input = form.querySelector('input[type="file"]');
  var box = form.querySelector("[data-upload-progress]");
  var bar = box.querySelector("progress");
  var status = form.querySelector("[data-upload-status]");
  var template = document.getElementById("upload-messages");
  function message(name, values) {
    var node = template.content.querySelector('[data-msg="' + name + '"]');
    var text = node ? node.textContent : "";
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("{" + key + "}").join(values[key]);
    });
    return text;
  }
  var lastAnnounced = -1;
  form.addEventListener("submit", function (event) {
    var file = input.files && input.files[0];
    if (!file) return; // a link only: the normal post
    var max = parseInt(input.dataset.maxBytes, 10);
    event.preventDefault();
    if (max && file.size > max) {
      status.textContent = message("too-big");
      input.focus();
      return;
    }
    var request = new XMLHttpRequest();
    request.open("POST", form.action || window.location.href);
    box.hidden = false;
    request.upload.addEventListener("progress", function (progress) {
      if (!progress.lengthComputable) return;
      var percent = Math.floor((progress.loaded / progress.total) * 100);
      bar.value = percent;
      // Announce every quarter, not every event.
      if (Math.floor(percent / 25) !== lastAnnounced) {
        lastAnnounced = Math.floor(percent / 25);
        status.textContent = message("percent", { percent: percent });
      }
    });
    request.addEventListener("load", function () {
      if (request.status < 400) {
        // Saved: the server redirected to the page, which shows the new video.
        window.location.assign(request.responseURL || window.location.href);
        return;
      }
      // Refused: show the page's answer (its errors) in place of the current content.
      var answer = new DOMParser().parseFromString(request.responseText, "text/html");
      var main = answer.querySelector("main");
      if (main) {
        document.querySelector("main").innerHTML = main.innerHTML;
        init();
        var error = document.querySelector(".form-error");
        if (error) error.setAttribute("tabindex", "-1"), error.focus();
      }
    });
    request.addEventListener("error", function () {
      status.textContent = message("failed");
      box.hidden = true;
    });
    request.send(new FormData(form));
  });
  }
})();
