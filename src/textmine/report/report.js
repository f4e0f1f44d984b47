// textmine report: jump between a figure in the article and its row; switch highlight layers.
(function () {
  function flash(el) {
    if (!el) return;
    el.scrollIntoView({ behavior: "smooth", block: "center" });
    el.classList.add("tm-flash");
    setTimeout(function () { el.classList.remove("tm-flash"); }, 1600);
  }
  document.addEventListener("click", function (ev) {
    var t = ev.target.closest ? ev.target.closest("[data-q]") : null;
    if (!t) return;
    var q = t.getAttribute("data-q");
    if (t.matches(".tm-text mark")) {
      flash(document.getElementById("row-" + q));
    } else if (t.matches("a.tm-ref")) {
      ev.preventDefault();
      flash(document.getElementById("fig-" + q));
    }
  });
  document.addEventListener("change", function (ev) {
    var layer = ev.target.getAttribute && ev.target.getAttribute("data-layer");
    if (layer) document.body.classList.toggle("tm-hide-" + layer, !ev.target.checked);
  });
})();
