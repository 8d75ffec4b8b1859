/*
 * Chunked, resumable uploads for Gongxue pages: a plain ES module, no framework.
 *
 * The file is sent in chunks, one HTTP PUT each, in the chunk size the server hands out. A chunk
 * that fails for a reason that may pass (network loss, a timeout, the server busy or restarting)
 * is sent again after a growing pause; while the browser says it is offline, the upload waits
 * for it to come back. What the server has already stored is asked for, never assumed, so after
 * a page reload, a closed laptop or a lost connection the same file picks up where it stopped:
 * the upload's id is remembered in localStorage under the file's name, size and modification
 * time and the target it was meant for.
 *
 * Protocol (JSON unless said otherwise; URLs are parameters, see apiEndpoints):
 *   POST   {base}                  {...target, fileName, size} -> 201 {id, chunkSize, partCount}
 *   GET    {base}/{id}             -> {id, receivedParts: [1, 2, ...], size, chunkSize, state}
 *   PUT    {base}/{id}/parts/{n}   body: bytes of chunk n (application/octet-stream) -> 204
 *   POST   {base}/{id}/complete    -> 200 {materialId, state}
 *   DELETE {base}/{id}             -> 204
 * Errors: {status, problems: [{key, message}]}; 404 or 410 means the upload is gone.
 * Every write carries X-Requested-With, which the API's cross-site request filter requires of
 * requests that are not JSON; the browser sends the page's session cookie by itself.
 *
 * Usage:
 *   import { apiEndpoints, uploadFile, showProgress } from ".../upload.js";
 *   const upload = uploadFile(file, { lectureId: 42, slot: "VIDEO" }, {
 *       endpoints: apiEndpoints(contextPath + "/api/uploads"),
 *       onProgress: p => showProgress(bar, p, `${p.percent}%`),
 *       onStateChange: state => status.textContent = texts[state] });
 *   const { materialId } = await upload.done;     // rejects with an UploadError
 *   upload.pause();  upload.cancel();
 */

/** Answers after which the same request may well succeed if sent again. 0: no answer at all. */
const RETRYABLE = new Set([0, 408, 425, 429, 500, 502, 503, 504]);
const GONE = new Set([404, 410]);
const STORAGE_PREFIX = "gongxue.upload:";

/** The URLs of the upload API under one base path. */
export function apiEndpoints(base = "/api/uploads") {
    const one = id => `${base}/${encodeURIComponent(id)}`;
    return {
        create: () => base,
        status: one,
        part: (id, number) => `${one(id)}/parts/${number}`,
        complete: id => `${one(id)}/complete`,
        cancel: one,
    };
}

/**
 * What an upload can be told; every one is optional.
 *   endpoints       URLs of the API (apiEndpoints(base))
 *   concurrency     chunks in flight at once
 *   maxAttempts     failed tries of one request, while online, before the upload fails (it
 *                   stays resumable); time offline does not count
 *   baseDelayMs / maxDelayMs   the pause before a retry doubles from the first up to the second
 *   onProgress      called with {loaded, total, fraction, percent}
 *   onStateChange   called with "starting", "uploading", "waiting" (to retry or to be online),
 *                   "completing", "done", "paused", "cancelled" or "failed"
 *   storage, transport, network, random, sleep   what the browser provides, replaceable in tests
 */
export const defaults = Object.freeze({
    endpoints: apiEndpoints(),
    concurrency: 1,
    maxAttempts: 8,
    baseDelayMs: 1000,
    maxDelayMs: 30000,
    onProgress: () => {},
    onStateChange: () => {},
    storage: browserStorage(),
    transport: xhrTransport,
    network: browserNetwork(),
    random: Math.random,
    sleep: ms => new Promise(resolve => setTimeout(resolve, ms)),
});

/**
 * A failed upload: the server's messages, its status (0 without an answer), and why: gone (the
 * server no longer has the upload; atCompletion when that was found on completing, which may
 * mean it completed already), paused or cancelled by the page.
 */
export class UploadError extends Error {
    constructor(message, { status = 0, problems = [], gone = false, paused = false, cancelled = false } = {}) {
        super(message);
        this.name = "UploadError";
        this.status = status;
        this.problems = problems;
        this.gone = gone;
        this.paused = paused;
        this.cancelled = cancelled;
        this.atCompletion = false;
    }
}

/**
 * Starts or resumes the upload of a File (or Blob with name and lastModified) to a target,
 * e.g. {lectureId: 42, slot: "VIDEO"}, whose fields go into the creating request as they are.
 * Returns {done, pause(), cancel(), state}; done resolves with the completion's answer.
 */
export function uploadFile(file, target, options = {}) {
    const upload = new ResumableUpload(file, target, { ...defaults, ...options });
    upload.done = upload.run();
    return upload;
}

/** The localStorage key of an upload: the same file for the same target resumes. */
export function resumeKey(file, target) {
    const fields = Object.keys(target).sort().map(name => [name, target[name]]);
    return STORAGE_PREFIX + JSON.stringify([fields, file.name, file.size, file.lastModified]);
}

/** The pause before retry number {attempt} (1, 2, ...): doubling, capped, with jitter so that clients spread out. */
export function retryDelay(attempt, { baseDelayMs, maxDelayMs, random }, retryAfterSeconds) {
    if (Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0) {
        return Math.min(maxDelayMs, retryAfterSeconds * 1000);
    }
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
    return Math.round(ceiling / 2 + random() * ceiling / 2);
}

/**
 * Shows progress on a <progress> element or on any element made a progress bar, for screen
 * readers too: role, aria-valuemin/max/now and, if given, a text such as "45%, 900 MB of 2 GB".
 * A custom bar can draw its width from the CSS variable --progress.
 */
export function showProgress(element, progress, text) {
    const percent = progress.percent;
    if (element.tagName === "PROGRESS") {
        element.max = 100;
        element.value = percent;
    } else {
        element.setAttribute("role", "progressbar");
        element.style.setProperty("--progress", `${percent}%`);
    }
    element.setAttribute("aria-valuemin", "0");
    element.setAttribute("aria-valuemax", "100");
    element.setAttribute("aria-valuenow", String(percent));
    if (text) {
        element.setAttribute("aria-valuetext", text);
    }
}

class ResumableUpload {

    constructor(file, target, options) {
        this.file = file;
        this.target = target;
        this.options = options;
        this.key = resumeKey(file, target);
        this.state = null;
        this.stopped = null;
        this.whenStopped = new Promise(resolve => {
            this.onStopped = resolve;
        });
        this.inFlight = new Set();
        this.session = null;
    }

    /** Stops sending; the upload stays on the server and resumes when started again. */
    pause() {
        this.stop(new UploadError("paused", { paused: true }));
    }

    /** Stops sending and asks the server to drop what it has. */
    async cancel() {
        this.stop(new UploadError("cancelled", { cancelled: true }));
        const id = this.session?.id ?? this.recall()?.id;
        this.forget();
        if (id !== undefined) {
            const url = this.options.endpoints.cancel(id);
            await this.options.transport({ method: "DELETE", url, headers: writeHeaders() });
        }
        this.setState("cancelled");
    }

    async run() {
        try {
            this.setState("starting");
            this.session = await this.resumeOrCreate();
            let result;
            try {
                result = await this.sendAndComplete();
            } catch (error) {
                if (!error.gone || error.atCompletion) {
                    throw error;
                }
                // Swept or cancelled elsewhere while we were away: start over, once.
                this.forget();
                this.session = await this.create();
                result = await this.sendAndComplete();
            }
            this.forget();
            this.setState("done");
            return result;
        } catch (error) {
            if (error.paused) {
                this.setState("paused");
            } else if (!error.cancelled) {
                if (error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 403) {
                    // Refused for what it is (type, size, name): trying the same file again cannot help.
                    this.forget();
                }
                this.setState("failed");
            }
            throw error;
        }
    }

    async resumeOrCreate() {
        const saved = this.recall();
        if (saved) {
            try {
                const status = await this.request("GET", this.options.endpoints.status(saved.id));
                if (status.size === this.file.size) {
                    return this.sessionOf(saved.id, status.chunkSize, status.receivedParts);
                }
            } catch (error) {
                if (!error.gone) {
                    throw error;
                }
            }
            this.forget();
        }
        return this.create();
    }

    async create() {
        const created = await this.request("POST", this.options.endpoints.create(), {
            json: { ...this.target, fileName: this.file.name, size: this.file.size },
        });
        this.remember({ id: created.id });
        return this.sessionOf(created.id, created.chunkSize, []);
    }

    sessionOf(id, chunkSize, receivedParts) {
        return {
            id,
            chunkSize,
            partCount: Math.max(1, Math.ceil(this.file.size / chunkSize)),
            received: new Set(receivedParts),
        };
    }

    async sendAndComplete() {
        for (let round = 1; ; round++) {
            this.reportProgress();
            await this.sendMissingParts();
            this.setState("completing");
            try {
                return await this.request("POST", this.options.endpoints.complete(this.session.id));
            } catch (error) {
                // Gone at completion may mean completed by an earlier request whose answer was
                // lost: sending the file again could make a second copy, so stop and say so.
                error.atCompletion = true;
                // 409: the server misses parts (one stored elsewhere was lost); ask which, send them.
                if (error.status !== 409 || round >= 3) {
                    throw error;
                }
                const status = await this.request("GET", this.options.endpoints.status(this.session.id));
                this.session.received = new Set(status.receivedParts);
            }
        }
    }

    async sendMissingParts() {
        const queue = [];
        for (let number = 1; number <= this.session.partCount; number++) {
            if (!this.session.received.has(number)) {
                queue.push(number);
            }
        }
        if (queue.length > 0) {
            this.setState("uploading");
        }
        const worker = async () => {
            while (queue.length > 0) {
                await this.sendPart(queue.shift());
            }
        };
        const workers = Array.from({ length: Math.max(1, this.options.concurrency) }, worker);
        await Promise.all(workers);
    }

    async sendPart(number) {
        const { chunkSize, id } = this.session;
        const start = (number - 1) * chunkSize;
        const chunk = this.file.slice(start, Math.min(start + chunkSize, this.file.size));
        const sending = { loaded: 0 };
        this.inFlight.add(sending);
        try {
            await this.request("PUT", this.options.endpoints.part(id, number), {
                body: chunk,
                onUploadProgress: loaded => {
                    sending.loaded = loaded;
                    this.reportProgress();
                },
            });
            this.session.received.add(number);
        } finally {
            this.inFlight.delete(sending);
            this.reportProgress();
        }
    }

    /** One request, sent again while the failure is one that may pass. */
    async request(method, url, { json, body, onUploadProgress } = {}) {
        const headers = method === "GET" ? {} : writeHeaders();
        if (json !== undefined) {
            headers["Content-Type"] = "application/json";
        } else if (body !== undefined) {
            headers["Content-Type"] = "application/octet-stream";
        }
        const payload = json !== undefined ? JSON.stringify(json) : body;
        for (let failures = 0; ;) {
            this.throwIfStopped();
            const controller = new AbortController();
            this.abortCurrent = () => controller.abort();
            onUploadProgress?.(0);
            let response;
            try {
                response = await this.options.transport({ method, url, headers, body: payload, onUploadProgress,
                    signal: controller.signal });
            } catch (error) {
                response = { status: 0, body: null, error };
            }
            this.throwIfStopped();
            if (response.status >= 200 && response.status < 300) {
                return response.body;
            }
            const failure = errorOf(response);
            if (failure.gone || !RETRYABLE.has(response.status)) {
                throw failure;
            }
            const offline = !this.options.network.online();
            if (!offline && ++failures >= this.options.maxAttempts) {
                throw failure;
            }
            await this.waitBeforeRetry(offline, failures, response.retryAfter);
        }
    }

    /** Waits for the network to come back, or for a pause that grows with each failure; a pause or cancel ends it. */
    async waitBeforeRetry(offline, failures, retryAfter) {
        const previous = this.state;
        this.setState("waiting");
        const wait = offline
            ? this.options.network.whenOnline()
            : this.options.sleep(retryDelay(Math.max(1, failures), this.options, Number.parseFloat(retryAfter)));
        await Promise.race([wait, this.whenStopped]);
        this.throwIfStopped();
        this.setState(previous);
    }

    stop(reason) {
        if (!this.stopped) {
            this.stopped = reason;
            this.abortCurrent?.();
            this.onStopped();
        }
    }

    throwIfStopped() {
        if (this.stopped) {
            throw this.stopped;
        }
    }

    reportProgress() {
        if (!this.session) {
            return;
        }
        const { chunkSize, partCount, received } = this.session;
        const total = this.file.size;
        let loaded = 0;
        for (const number of received) {
            if (number >= 1 && number <= partCount) {
                loaded += Math.min(chunkSize, total - (number - 1) * chunkSize);
            }
        }
        for (const sending of this.inFlight) {
            loaded += sending.loaded;
        }
        loaded = Math.min(loaded, total);
        const fraction = total === 0 ? 1 : loaded / total;
        this.options.onProgress({ loaded, total, fraction, percent: Math.floor(fraction * 100) });
    }

    setState(state) {
        if (this.state !== state) {
            this.state = state;
            this.options.onStateChange(state);
        }
    }

    recall() {
        try {
            const saved = this.options.storage?.getItem(this.key);
            return saved ? JSON.parse(saved) : null;
        } catch {
            return null;
        }
    }

    remember(record) {
        try {
            this.options.storage?.setItem(this.key, JSON.stringify({ ...record, savedAt: Date.now() }));
        } catch {
            // Storage full or forbidden (private windows): the upload works, it just cannot resume after a reload.
        }
    }

    forget() {
        try {
            this.options.storage?.removeItem(this.key);
        } catch {
            // As in remember().
        }
    }
}

/** The API refuses writes that are neither JSON nor marked as coming from a script of the page. */
function writeHeaders() {
    return { "X-Requested-With": "XMLHttpRequest" };
}

function errorOf(response) {
    const problems = Array.isArray(response.body?.problems) ? response.body.problems : [];
    const message = problems.map(problem => problem.message).filter(Boolean).join(" ")
        || (response.status === 0 ? "no answer from the server" : `HTTP ${response.status}`);
    return new UploadError(message, { status: response.status, problems, gone: GONE.has(response.status) });
}

/**
 * Sends one request with XMLHttpRequest, which (unlike fetch) reports upload progress. Never
 * rejects: a network failure or an abort is status 0.
 */
export function xhrTransport({ method, url, headers = {}, body, onUploadProgress, signal }) {
    return new Promise(resolve => {
        const xhr = new XMLHttpRequest();
        xhr.open(method, url);
        for (const [name, value] of Object.entries(headers)) {
            xhr.setRequestHeader(name, value);
        }
        if (onUploadProgress) {
            xhr.upload.onprogress = event => onUploadProgress(event.loaded);
        }
        xhr.onload = () => resolve({
            status: xhr.status,
            body: parseJson(xhr.responseText),
            retryAfter: xhr.getResponseHeader("Retry-After"),
        });
        xhr.onerror = xhr.ontimeout = xhr.onabort = () => resolve({ status: 0, body: null });
        signal?.addEventListener("abort", () => xhr.abort(), { once: true });
        xhr.send(body ?? null);
    });
}

function parseJson(text) {
    try {
        return text ? JSON.parse(text) : null;
    } catch {
        return null;
    }
}

/** localStorage, or null where the browser forbids it (reading the property then throws). */
function browserStorage() {
    try {
        return globalThis.localStorage ?? null;
    } catch {
        return null;
    }
}

/** Whether the browser believes it is online, and a promise for when it is again. */
function browserNetwork() {
    return {
        online: () => globalThis.navigator?.onLine !== false,
        whenOnline: () => new Promise(resolve => globalThis.addEventListener("online", resolve, { once: true })),
    };
}
