/*
 * The lecture page's uploads (library/teach/lecture.xhtml): a new material in the slot chosen,
 * or a replacement for one in the table, sent in chunks by upload.js with progress on a
 * <progress> bar and what happens said in a live region. A paused, broken or reloaded upload
 * continues where it stopped when the same file is chosen again (upload.js remembers it). When an upload ends, the page's
 * materialsChanged() (a PrimeFaces remote command) refreshes the table and its polling.
 * Texts come from the page (data-text-* attributes), in the reader's language.
 */
import { apiEndpoints, showProgress, uploadFile, xhrTransport } from "./upload.js";

const panel = document.getElementById("material-upload");
if (panel) {
    const fileInput = document.getElementById("upload-file");
    const slotSelect = document.getElementById("upload-slot");
    const startButton = document.getElementById("upload-start");
    const pauseButton = document.getElementById("upload-pause");
    const cancelButton = document.getElementById("upload-cancel");
    const progressBox = document.getElementById("upload-progress-box");
    const bar = document.getElementById("upload-progress");
    const status = document.getElementById("upload-status");
    const replaceInput = document.getElementById("replace-file");
    const endpoints = apiEndpoints(panel.dataset.api);
    const lectureId = Number(panel.dataset.lecture);
    let current = null;
    let replacing = null;

    const say = (name, ...values) => {
        status.textContent = format(panel.dataset["text" + name], ...values);
    };

    const start = (file, target) => {
        if (current) {
            return;
        }
        startButton.disabled = true;
        pauseButton.hidden = false;
        cancelButton.hidden = false;
        progressBox.hidden = false;
        showProgress(bar, { percent: 0 }, "0%");
        current = uploadFile(file, target, {
            endpoints,
            transport: inPageLanguage,
            // Two chunks in flight: the server forwards one to the object store while it receives
            // the next. One at a time left each side idle half the time (docs/benchmarks.md, upload).
            concurrency: 2,
            onProgress: p => {
                const text = format(panel.dataset.textProgress, p.percent, readable(p.loaded), readable(p.total));
                showProgress(bar, p, text);
            },
            onStateChange: state => {
                if (state === "waiting") {
                    say("Resuming");
                }
            },
        });
        current.done.then(() => {
            say("Done");
            finished();
        }, error => {
            if (error.cancelled) {
                say("Cancelled");
            } else if (error.paused) {
                say("Paused");
            } else {
                say("Failed", error.message);
            }
            finished();
        });
    };

    const finished = () => {
        current = null;
        replacing = null;
        startButton.disabled = false;
        pauseButton.hidden = true;
        cancelButton.hidden = true;
        fileInput.value = "";
        replaceInput.value = "";
        if (typeof window.materialsChanged === "function") {
            window.materialsChanged();
        }
    };

    startButton.addEventListener("click", () => {
        const file = fileInput.files[0];
        if (!file) {
            say("NoFile");
            fileInput.focus();
            return;
        }
        start(file, { lectureId, slot: slotSelect.value });
    });

    pauseButton.addEventListener("click", () => current?.pause());
    cancelButton.addEventListener("click", () => current?.cancel());

    // The table is re-rendered by Ajax: its replace buttons are found when clicked.
    document.addEventListener("click", event => {
        const button = event.target.closest?.(".replace-material");
        if (button && !current) {
            replacing = Number(button.dataset.replaces);
            replaceInput.click();
        }
    });

    replaceInput.addEventListener("change", () => {
        const file = replaceInput.files[0];
        if (file && replacing) {
            start(file, { lectureId, replacesMaterialId: replacing });
        }
    });
}

/** The API answers in the language the page is shown in, not the browser's (the person may have switched). */
function inPageLanguage(request) {
    const headers = { ...request.headers, "Accept-Language": document.documentElement.lang || "zh-CN" };
    return xhrTransport({ ...request, headers });
}

function format(pattern, ...values) {
    return (pattern ?? "").replace(/\{(\d)\}/g, (_, i) => values[i] ?? "");
}

/** Sizes as the server's pages write them (binary multiples). */
function readable(bytes) {
    const units = ["B", "KB", "MB", "GB", "TB"];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
