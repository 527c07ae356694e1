// Optional (Portal:Admission:ScriptSolver). When an anonymous form with an admission ticket is sent, find a number n
// such that SHA-256("ticket:n") starts with the ticket's number of zero bits, put it beside the ticket and send.
// Without this script (or without crypto.subtle) the form is sent as it is and the ticket's wait applies (ADR 0011).
(function () {
  "use strict";
  function zeroBits(bytes) {
    var bits = 0;
    for (var i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0) { bits += 8; continue; }
      return bits + Math.clz32(bytes[i]) - 24;
    }
    return bits;
  }
  async function solve(ticket, bits) {
    var encoder = new TextEncoder();
    for (var start = 0; ; start += 256) {
      var batch = [];
      for (var n = start; n < start + 256; n++) {
        batch.push(crypto.subtle.digest("SHA-256", encoder.encode(ticket + ":" + n)));
      }
      var hashes = await Promise.all(batch);
      for (var i = 0; i < hashes.length; i++) {
        if (zeroBits(new Uint8Array(hashes[i])) >= bits) { return String(start + i); }
      }
    }
  }
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var ticket = form.querySelector("input[name=ticket][data-bits]");
    if (!ticket || form.dataset.solved || !window.crypto || !crypto.subtle) { return; }
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    solve(ticket.value, Number(ticket.dataset.bits)).then(function (proof) {
      var field = document.createElement("input");
      field.type = "hidden";
      field.name = "proof";
      field.value = proof;
      ticket.after(field); // before the files: the server reads fields in order
      form.dataset.solved = "1";
      if (button) { button.disabled = false; }
      form.submit();
    });
  });
})();
