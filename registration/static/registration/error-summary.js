// After a submission with mistakes, move focus to the summary so keyboard and screen reader
// users start from the list of answers to correct.
document.addEventListener("DOMContentLoaded", function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
});
