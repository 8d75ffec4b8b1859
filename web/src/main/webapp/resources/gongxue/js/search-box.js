/*
 * Suggestions as one types in the site's search box: course titles and lecturer names from
 * GET /api/search/suggestions, in a listbox the box controls (the ARIA 1.2 combobox pattern).
 * Down and Up move through them, Enter takes one and searches, Escape closes the list; without
 * script the box is a plain search form.
 */
(function () {
    "use strict";
    var input = document.getElementById("site-search-q");
    var list = document.getElementById("site-search-suggestions");
    var status = document.getElementById("site-search-status");
    var address = input && input.getAttribute("data-suggestions");
    if (!address || !list || !window.fetch) {
        return;
    }
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);

    var options = [];
    var active = -1;
    var timer = null;
    var asked = 0;

    function close() {
        list.hidden = true;
        list.textContent = "";
        options = [];
        active = -1;
        input.setAttribute("aria-expanded", "false");
        input.removeAttribute("aria-activedescendant");
    }

    function highlight(index) {
        options.forEach(function (option, i) {
            option.setAttribute("aria-selected", i === index ? "true" : "false");
        });
        active = index;
        if (index >= 0) {
            input.setAttribute("aria-activedescendant", options[index].id);
        } else {
            input.removeAttribute("aria-activedescendant");
        }
    }

    function choose(text) {
        input.value = text;
        close();
        input.form.submit();
    }

    function show(suggestions) {
        close();
        var entries = suggestions.titles.map(function (text) {
            return { text: text, kind: input.getAttribute("data-title-text") };
        }).concat(suggestions.lecturers.map(function (text) {
            return { text: text, kind: input.getAttribute("data-lecturer-text") };
        }));
        entries.forEach(function (entry, index) {
            var option = document.createElement("li");
            option.id = "site-search-suggestion-" + index;
            option.setAttribute("role", "option");
            option.setAttribute("aria-selected", "false");
            option.className = "gx-suggestion";
            option.textContent = entry.text;
            var kind = document.createElement("span");
            kind.className = "gx-suggestion-kind";
            kind.textContent = " · " + entry.kind;
            option.appendChild(kind);
            // mousedown rather than click: it comes before the box loses focus.
            option.addEventListener("mousedown", function (event) {
                event.preventDefault();
                choose(entry.text);
            });
            list.appendChild(option);
            options.push(option);
        });
        if (options.length > 0) {
            list.hidden = false;
            input.setAttribute("aria-expanded", "true");
        }
        status.textContent = input.getAttribute("data-count-text").replace("{0}", String(options.length));
    }

    function ask() {
        var typed = input.value.trim();
        if (typed === "") {
            close();
            return;
        }
        var ticket = ++asked;
        window.fetch(address + "?q=" + encodeURIComponent(typed), {
            credentials: "same-origin",
            headers: { "Accept": "application/json" }
        }).then(function (response) {
            return response.ok ? response.json() : null;
        }).then(function (suggestions) {
            // Answers can overtake each other: only the latest question's counts.
            if (suggestions && ticket === asked) {
                show(suggestions);
            }
        }).catch(function () {
            close();
        });
    }

    input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(ask, 200);
    });
    input.addEventListener("keydown", function (event) {
        if (event.key === "ArrowDown" && options.length > 0) {
            event.preventDefault();
            highlight((active + 1) % options.length);
        } else if (event.key === "ArrowUp" && options.length > 0) {
            event.preventDefault();
            highlight(active <= 0 ? options.length - 1 : active - 1);
        } else if (event.key === "Enter" && active >= 0) {
            event.preventDefault();
            choose(options[active].firstChild.textContent);
        } else if (event.key === "Escape") {
            close();
        }
    });
    input.addEventListener("blur", close);
}());
