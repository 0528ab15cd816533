// Scoring form: saves drafts as the auditor works, and lets digits answer the focused item.
// Without this script the form still works: "Save draft" and "Submit" post it.
(function () {
  "use strict";
  var form = document.getElementById("scoring");
  if (!form) return;
  var url = form.getAttribute("data-autosave");
  var version = form.querySelector("[data-version]");
  var status = form.querySelector("[data-autosave-status]");
  var timer = null, saving = false, pending = false, stopped = false, resubmit = null;

  function say(text) { if (status) status.textContent = text; }

  function save() {
    if (stopped) return;
    if (saving) { pending = true; return; }
    saving = true;
    var data = new FormData(form);
    data.set("Action", "save");
    // Sent url-encoded, like the form itself: the form has no files, and the server reads that encoding
    // in a fraction of what a multipart body costs it.
    fetch(url, { method: "POST", body: new URLSearchParams(data), credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (response.status === 409) {
          stopped = true;
          say(form.getAttribute("data-conflict-text") || "Someone else saved this scorecard: save the form to compare both versions.");
          return null;
        }
        if (!response.ok) { say("Draft not saved (" + response.status + "); your answers are still in the form."); return null; }
        return response.json();
      })
      .then(function (body) {
        if (body && body.version !== undefined) {
          version.value = body.version;
          say("Draft saved at " + new Date(body.savedAt).toLocaleTimeString());
          form.setAttribute("data-saved-version", body.version);
        }
      })
      .catch(function () { say("Draft not saved (offline?); your answers are still in the form."); })
      .then(function () {
        saving = false;
        if (resubmit) { var button = resubmit; resubmit = null; if (button === true) form.requestSubmit(); else form.requestSubmit(button); }
        else if (pending) { pending = false; save(); }
      });
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(save, 800); }
  form.addEventListener("change", schedule);
  form.addEventListener("input", function (e) { if (e.target.tagName === "TEXTAREA") schedule(); });

  // "Save draft" and "Submit" supersede the autosave. The page stays alive until the server answers
  // the post, so a scheduled autosave would otherwise race it with the same version and one of the
  // two would come back as a conflict with the auditor's own save. An autosave already in flight is
  // let finish first: the form then posts the version it produced.
  form.addEventListener("submit", function (e) {
    clearTimeout(timer);
    pending = false;
    if (saving) { e.preventDefault(); resubmit = e.submitter || true; return; }
    stopped = true;
  });

  // Digits pick a value of the item that has focus; "n" picks N/A.
  form.addEventListener("keydown", function (e) {
    if (e.target.tagName === "TEXTAREA" || e.ctrlKey || e.metaKey || e.altKey) return;
    var item = e.target.closest && e.target.closest("fieldset[data-item]");
    if (!item) return;
    var value = /^[0-9]$/.test(e.key) ? e.key : (e.key === "n" ? "na" : null);
    if (value === null) return;
    var radio = item.querySelector('input[type=radio][value="' + value + '"]');
    if (radio) { radio.checked = true; radio.focus(); radio.dispatchEvent(new Event("change", { bubbles: true })); e.preventDefault(); }
  });
  // Everything above is wired: a page (or a test) may rely on drafts being saved from here on.
  form.setAttribute("data-ready", "true");
})();
