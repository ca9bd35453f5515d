// The proof of work of the forms anybody may send (templates/guard.html). Before the post the
// browser finds a counter whose SHA-256 with the form's one-time token begins with the number of
// zero bits the server asks for; the server checks it with one hash. SHA-256 is written out here
// because crypto.subtle exists only on HTTPS pages and an intranet server may not have them.
(function () {
  'use strict';

  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ];
  var W = new Int32Array(64);

  function ror(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  // One SHA-256 compression of the 64 bytes at offset into the state.
  function compress(state, bytes, offset) {
    for (var t = 0; t < 16; t++) {
      var p = offset + t * 4;
      W[t] = (bytes[p] << 24) | (bytes[p + 1] << 16) | (bytes[p + 2] << 8) | bytes[p + 3];
    }
    for (t = 16; t < 64; t++) {
      var x = W[t - 15], y = W[t - 2];
      W[t] = (W[t - 16] + (ror(x, 7) ^ ror(x, 18) ^ (x >>> 3)) + W[t - 7] + (ror(y, 17) ^ ror(y, 19) ^ (y >>> 10))) | 0;
    }
    var a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
    for (t = 0; t < 64; t++) {
      var t1 = (h + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + W[t]) | 0;
      var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0;
      d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    state[0] = (state[0] + a) | 0; state[1] = (state[1] + b) | 0; state[2] = (state[2] + c) | 0;
    state[3] = (state[3] + d) | 0; state[4] = (state[4] + e) | 0; state[5] = (state[5] + f) | 0;
    state[6] = (state[6] + g) | 0; state[7] = (state[7] + h) | 0;
  }

  // Hashes of prefix + suffix for many suffixes: the prefix's whole blocks are hashed once. Texts
  // are ASCII (tokens and counters), and only the first 32 bits of a hash are returned, since the
  // work never asks for more zero bits than that.
  function hasher(prefix) {
    var whole = prefix.length - prefix.length % 64;
    var mid = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
    var block = new Uint8Array(128);
    for (var offset = 0; offset < whole; offset += 64) {
      for (var i = 0; i < 64; i++) {
        block[i] = prefix.charCodeAt(offset + i) & 0xff;
      }
      compress(mid, block, 0);
    }
    var rest = prefix.substring(whole);
    var state = new Int32Array(8);
    return function (suffix) {
      var tail = rest + suffix;
      var n = tail.length;
      var blocks = n + 9 > 64 ? 2 : 1;
      block.fill(0);
      for (var i = 0; i < n; i++) {
        block[i] = tail.charCodeAt(i) & 0xff;
      }
      block[n] = 0x80;
      var bits = (whole + n) * 8;
      var end = blocks * 64;
      block[end - 4] = (bits >>> 24) & 0xff;
      block[end - 3] = (bits >>> 16) & 0xff;
      block[end - 2] = (bits >>> 8) & 0xff;
      block[end - 1] = bits & 0xff;
      state.set(mid);
      compress(state, block, 0);
      if (blocks === 2) {
        compress(state, block, 64);
      }
      return state[0] >>> 0;
    };
  }

  function solve(form, guard, proof) {
    var bits = parseInt(guard.getAttribute('data-pow-difficulty'), 10) || 0;
    var hash = hasher(guard.value + ':');
    var counter = 0;
    (function work() {
      // Small slices, so that the page stays responsive and the status line shows.
      var until = Date.now() + 40;
      do {
        for (var i = 0; i < 256; i++, counter++) {
          if (bits === 0 || Math.clz32(hash(String(counter))) >= bits) {
            proof.value = String(counter);
            HTMLFormElement.prototype.submit.call(form);
            return;
          }
        }
      } while (Date.now() < until);
      setTimeout(work, 0);
    })();
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var guard = form.querySelector('input[name="_guard"]');
    var proof = form.querySelector('input[name="_pow"]');
    if (!guard || !proof || proof.value) {
      return;
    }
    event.preventDefault();
    if (form.getAttribute('data-guard-busy')) {
      return;
    }
    form.setAttribute('data-guard-busy', 'true');
    var status = form.querySelector('[data-guard-status]');
    if (status) {
      status.classList.remove('d-none');
    }
    form.querySelectorAll('button[type="submit"], button:not([type])').forEach(function (button) {
      button.disabled = true;
    });
    solve(form, guard, proof);
  });

  // A page restored from the back-forward cache still holds the token it already sent: fetch a
  // fresh form rather than send that token again.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && document.querySelector('input[name="_guard"]')) {
      window.location.reload();
    }
  });
})();
