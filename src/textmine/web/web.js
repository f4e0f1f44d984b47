// the page: drop a file anywhere to submit it; refuse files over the limit before uploading them.
(function () {
  var form = document.getElementById("tm-form");
  var file = document.getElementById("tm-file");
  var status = document.getElementById("tm-status");
  if (!form || !file) return;
  var max = parseInt(form.getAttribute("data-max-upload"), 10) || 0;
  function tooBig(f) {
    if (max && f && f.size > max) {
      status.textContent = f.name + " is " + (f.size / 1048576).toFixed(1) + " MB, over the " +
        (max / 1048576).toFixed(1) + " MB limit of this page.";
      status.className = "tm-status tm-bad";
      return true;
    }
    return false;
  }
  form.addEventListener("submit", function (ev) {
    if (file.files.length && tooBig(file.files[0])) { ev.preventDefault(); return; }
    status.className = "tm-status";
    status.textContent = "Reading the article…";
  });
  file.addEventListener("change", function () {
    if (file.files.length && !tooBig(file.files[0])) form.requestSubmit();
  });
  var depth = 0;
  document.addEventListener("dragenter", function (ev) { ev.preventDefault(); depth++; document.body.classList.add("tm-dragging"); });
  document.addEventListener("dragleave", function () { if (--depth <= 0) { depth = 0; document.body.classList.remove("tm-dragging"); } });
  document.addEventListener("dragover", function (ev) { ev.preventDefault(); });
  document.addEventListener("drop", function (ev) {
    ev.preventDefault(); depth = 0; document.body.classList.remove("tm-dragging");
    if (!ev.dataTransfer || !ev.dataTransfer.files.length) return;
    file.files = ev.dataTransfer.files;
    if (!tooBig(file.files[0])) form.requestSubmit();
  });
})();
