/*
 * The lecture page's player: video.js on the streaming endpoint, starting at the second the
 * address asked for (data-start, from ?t=), and the transcript's buttons seeking to their line.
 * The line being spoken is marked (aria-current) and kept in view without taking focus.
 */
(function () {
    "use strict";
    var element = document.getElementById("lecture-video");
    if (!element || typeof window.videojs !== "function") {
        return;
    }
    var start = parseInt(element.getAttribute("data-start"), 10) || 0;
    var player = window.videojs(element, {
        language: element.getAttribute("data-language") || "zh-CN",
        playbackRates: [0.75, 1, 1.25, 1.5, 2],
        // Space or k plays and pauses, f goes full screen, m mutes, while the player has focus.
        userActions: { hotkeys: true }
    });
    window.gongxuePlayer = player;

    if (start > 0) {
        // Seeking before the metadata is known is lost in some browsers: wait for it.
        player.one("loadedmetadata", function () {
            player.currentTime(start);
        });
        // The browser loads only metadata until asked to play: ask it to load enough to seek now.
        player.preload("auto");
    }

    var buttons = Array.prototype.slice.call(document.querySelectorAll("#transcript .gx-cue"));
    var starts = buttons.map(function (button) {
        return parseInt(button.getAttribute("data-start"), 10) || 0;
    });
    buttons.forEach(function (button, index) {
        button.addEventListener("click", function () {
            player.currentTime(starts[index]);
            player.play();
        });
    });

    var current = -1;
    player.on("timeupdate", function () {
        var time = player.currentTime();
        var line = -1;
        for (var i = 0; i < starts.length && starts[i] <= time; i++) {
            line = i;
        }
        if (line === current) {
            return;
        }
        if (current >= 0) {
            buttons[current].removeAttribute("aria-current");
        }
        current = line;
        if (line >= 0) {
            buttons[line].setAttribute("aria-current", "true");
            var list = document.getElementById("transcript");
            var top = buttons[line].offsetTop - list.offsetTop;
            if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - buttons[line].offsetHeight) {
                list.scrollTop = top;
            }
        }
    });
}());
