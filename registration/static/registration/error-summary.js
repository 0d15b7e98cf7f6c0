// After a submission with mistakes, move focus to the summary so keyboard and screen reader
// users start from the list of answers to correct. The summary's top (its heading) is brought to
// the top of the screen: focus alone scrolls it only "into view", which on a phone can leave the
// heading above the screen.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus({ preventScroll: true });
    summary.scrollIntoView({ block: "start" });
  }
});
