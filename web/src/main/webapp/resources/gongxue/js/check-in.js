/*
 * Check-in with the phone's camera. Where the browser can read QR codes itself (BarcodeDetector:
 * Chrome and Edge on Android, Safari on recent iOS), the camera view appears; a code it reads is
 * put into the code field and the form is submitted, as if typed. Without it the page works as a
 * plain form (a hand-held scanner types into the field).
 */
(function () {
    'use strict';

    var camera = document.getElementById('camera');
    var video = document.getElementById('camera-view');
    var toggle = document.getElementById('camera-toggle');
    var field = document.getElementById('check-in-form:code');
    var submit = document.getElementById('check-in-form:check-in');
    if (!camera || !field || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
        return;
    }
    var detector = new window.BarcodeDetector({formats: ['qr_code']});
    var stream = null;

    function stop() {
        if (stream) {
            stream.getTracks().forEach(function (track) { track.stop(); });
            stream = null;
        }
        toggle.textContent = toggle.dataset.start;
    }

    function scan() {
        if (!stream) {
            return;
        }
        detector.detect(video).then(function (codes) {
            if (codes.length > 0) {
                field.value = codes[0].rawValue;
                stop();
                submit.click();
            } else {
                window.requestAnimationFrame(scan);
            }
        }).catch(function () {
            window.requestAnimationFrame(scan);
        });
    }

    function start() {
        navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}}).then(function (s) {
            stream = s;
            video.srcObject = s;
            video.play();
            toggle.textContent = toggle.dataset.stop;
            scan();
        }).catch(stop);
    }

    camera.hidden = false;
    toggle.addEventListener('click', function () {
        if (stream) {
            stop();
        } else {
            start();
        }
    });
    // The organiser comes back to this page for each person: keep scanning.
    start();
}());
