/*
 * Unit tests of the browser's upload client (web/src/main/webapp/resources/gongxue/js/upload.js)
 * against the upload API's protocol played in memory, with failures injected. They sit here,
 * beside the upload engine the API runs on, and run with Node's own test runner:
 *     node --test web/platform/src/test/js/
 * (the build runs them where Node.js is installed; see web/platform/pom.xml).
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import {
    apiEndpoints, resumeKey, retryDelay, showProgress, uploadFile, UploadError,
} from "../../../../src/main/webapp/resources/gongxue/js/upload.js";

const CHUNK = 1000;

/** An error answer of the API: {status, problems: [{key, message}]}. */
function problem(status, key, message) {
    return { status, body: { status, problems: [{ key, message }] } };
}

/** The upload API in memory, answering as the library's JAX-RS resource does. */
class FakeServer {
    constructor() {
        this.uploads = new Map();
        this.log = [];
        this.failNext = [];     // {method, url?, status | throws, retryAfter?}: answers to the next matching requests
        this.nextId = 1;
        this.refuseFirstPart = false;
    }

    async transport(request) {
        const { method, url, headers, body } = request;
        this.log.push({ method, url, headers: { ...headers } });
        if (method !== "GET") {
            assert.equal(headers["X-Requested-With"], "XMLHttpRequest", `${method} ${url} needs X-Requested-With`);
        }
        const failure = this.failNext.findIndex(f => f.method === method && (!f.url || f.url.test(url)));
        if (failure >= 0) {
            const [f] = this.failNext.splice(failure, 1);
            if (f.throws) {
                throw new TypeError("Failed to fetch");
            }
            return { status: f.status, body: null, retryAfter: f.retryAfter ?? null };
        }
        if (method === "POST" && url === "/api/uploads") {
            return this.create(headers, JSON.parse(body));
        }
        const [, id, rest] = url.match(/^\/api\/uploads\/([^/]+)(.*)$/) ?? [];
        const upload = this.uploads.get(id);
        if (!upload) {
            return problem(404, "upload.refused.UPLOAD_GONE", "上传已失效");
        }
        if (method === "GET" && rest === "") {
            const receivedParts = [...upload.parts.keys()].sort((a, b) => a - b);
            const status = { id, receivedParts, size: upload.size, chunkSize: CHUNK, state: "RECEIVING" };
            return { status: 200, body: status };
        }
        if (method === "DELETE" && rest === "") {
            this.uploads.delete(id);
            return { status: 204, body: null };
        }
        const part = rest.match(/^\/parts\/(\d+)$/);
        if (method === "PUT" && part) {
            return this.receivePart(request, id, upload, Number(part[1]));
        }
        if (method === "POST" && rest === "/complete") {
            return this.complete(upload);
        }
        return { status: 500, body: null };
    }

    create(headers, json) {
        assert.equal(headers["Content-Type"], "application/json");
        const id = `u${this.nextId++}`;
        this.uploads.set(id, { ...json, parts: new Map() });
        return { status: 201, body: { id, chunkSize: CHUNK, partCount: Math.ceil(json.size / CHUNK) } };
    }

    async receivePart(request, id, upload, number) {
        assert.equal(request.headers["Content-Type"], "application/octet-stream");
        if (number === 1 && this.refuseFirstPart) {
            this.uploads.delete(id);
            return problem(415, "upload.refused.TYPE_NOT_ALLOWED", "文件类型不符");
        }
        const bytes = new Uint8Array(await request.body.arrayBuffer());
        request.onUploadProgress?.(bytes.length / 2);
        request.onUploadProgress?.(bytes.length);
        upload.parts.set(number, bytes);
        return { status: 204, body: null };
    }

    complete(upload) {
        const count = Math.ceil(upload.size / CHUNK);
        const all = new Uint8Array(upload.size);
        for (let number = 1; number <= count; number++) {
            if (!upload.parts.has(number)) {
                return problem(409, "upload.refused.PARTS_MISSING", "缺少分片");
            }
            all.set(upload.parts.get(number), (number - 1) * CHUNK);
        }
        upload.assembled = all;
        return { status: 200, body: { materialId: 99, state: "QUEUED" } };
    }

    /** The part numbers PUT, in order, retries included. */
    puts() {
        return this.log.filter(r => r.method === "PUT").map(r => Number(r.url.split("/").pop()));
    }

    creations() {
        return this.log.filter(r => r.method === "POST" && r.url === "/api/uploads").length;
    }
}

class MemoryStorage {
    constructor() { this.map = new Map(); }
    getItem(k) { return this.map.has(k) ? this.map.get(k) : null; }
    setItem(k, v) { this.map.set(k, String(v)); }
    removeItem(k) { this.map.delete(k); }
}

function file(size, name = "第一讲.mp4") {
    const bytes = new Uint8Array(size);
    for (let i = 0; i < size; i++) bytes[i] = (i * 31 + 7) & 0xff;
    return { bytes, file: new File([bytes], name, { lastModified: 1700000000000 }) };
}

function options(server, extra = {}) {
    return {
        transport: r => server.transport(r),
        storage: extra.storage ?? new MemoryStorage(),
        sleep: ms => { (extra.slept ??= []).push(ms); return Promise.resolve(); },
        random: () => 0.5,
        network: extra.network ?? { online: () => true, whenOnline: () => Promise.resolve() },
        ...extra,
    };
}

const target = { lectureId: 42, slot: "VIDEO" };

test("a file goes up in chunks of the server's size and is completed", async () => {
    const server = new FakeServer();
    const { bytes, file: f } = file(3500);
    const progress = [];
    const states = [];
    const upload = uploadFile(f, target, options(server, {
        onProgress: p => progress.push(p.loaded),
        onStateChange: s => states.push(s),
    }));
    assert.deepEqual(await upload.done, { materialId: 99, state: "QUEUED" });
    assert.deepEqual(server.puts(), [1, 2, 3, 4]);
    assert.deepEqual(server.uploads.get("u1").assembled, bytes);
    const created = server.log[0];
    assert.equal(created.method, "POST");
    assert.deepEqual(states, ["starting", "uploading", "completing", "done"]);
    assert.equal(progress.at(-1), 3500);
    for (let i = 1; i < progress.length; i++) {
        assert.ok(progress[i] >= progress[i - 1], `progress went back at ${i}: ${progress}`);
    }
});

test("the creating request carries the target, the name and the size", async () => {
    const server = new FakeServer();
    let sent;
    const transport = r => {
        if (r.method === "POST" && r.url === "/api/uploads") {
            sent = JSON.parse(r.body);
        }
        return server.transport(r);
    };
    const slides = file(10, "讲义 (1).pdf").file;
    await uploadFile(slides, { lectureId: 7, slot: "SLIDES" }, options(server, { transport })).done;
    assert.deepEqual(sent, { lectureId: 7, slot: "SLIDES", fileName: "讲义 (1).pdf", size: 10 });
});

test("after a reload the same file resumes from the parts the server has", async () => {
    const server = new FakeServer();
    const storage = new MemoryStorage();
    const { bytes, file: f } = file(5000);
    let first;
    const pausing = r => {
        if (r.method === "PUT" && r.url.endsWith("/parts/3")) {
            first.pause();
            return Promise.resolve({ status: 0, body: null });
        }
        return server.transport(r);
    };
    first = uploadFile(f, target, options(server, { storage, transport: pausing }));
    await assert.rejects(first.done, e => e instanceof UploadError && e.paused);
    assert.equal(first.state, "paused");
    assert.ok(storage.getItem(resumeKey(f, target)), "the upload is remembered");

    const sameFileAgain = file(5000).file;
    const second = uploadFile(sameFileAgain, target, options(server, { storage }));
    await second.done;
    assert.deepEqual(server.puts(), [1, 2, 3, 4, 5], "parts 1 and 2 are not sent again");
    assert.equal(server.creations(), 1, "no second upload created");
    assert.deepEqual(server.uploads.get("u1").assembled, bytes);
    assert.equal(storage.getItem(resumeKey(f, target)), null, "forgotten once done");
});

test("another target or another file does not resume someone else's upload", () => {
    const f = file(10).file;
    assert.notEqual(resumeKey(f, target), resumeKey(f, { lectureId: 43, slot: "VIDEO" }));
    const savedLater = new File([new Uint8Array(10)], "第一讲.mp4", { lastModified: 1 });
    assert.notEqual(resumeKey(f, target), resumeKey(savedLater, target));
    assert.equal(resumeKey(f, { slot: "VIDEO", lectureId: 42 }), resumeKey(f, target));
});

test("network failures and busy answers are retried with growing pauses", async () => {
    const server = new FakeServer();
    server.failNext.push({ method: "PUT", throws: true }, { method: "PUT", status: 503 }, { method: "PUT", status: 0 },
        { method: "POST", url: /complete$/, status: 502 });
    const slept = [];
    const states = [];
    await uploadFile(file(2500).file, target, options(server, { slept, onStateChange: s => states.push(s) })).done;
    assert.deepEqual(slept, [750, 1500, 3000, 750]);
    assert.ok(states.includes("waiting"));
    assert.deepEqual(server.puts(), [1, 1, 1, 1, 2, 3]);
});

test("Retry-After is honoured", async () => {
    const server = new FakeServer();
    server.failNext.push({ method: "PUT", status: 429, retryAfter: "7" });
    const slept = [];
    await uploadFile(file(10).file, target, options(server, { slept })).done;
    assert.deepEqual(slept, [7000]);
});

test("after too many failures the upload fails but stays resumable", async () => {
    const server = new FakeServer();
    const storage = new MemoryStorage();
    for (let i = 0; i < 3; i++) server.failNext.push({ method: "PUT", status: 503 });
    const f = file(2500).file;
    const upload = uploadFile(f, target, options(server, { storage, maxAttempts: 3 }));
    await assert.rejects(upload.done, e => e.status === 503 && !e.gone);
    assert.equal(upload.state, "failed");
    assert.ok(storage.getItem(resumeKey(f, target)));
    await uploadFile(f, target, options(server, { storage })).done;
    assert.equal(server.creations(), 1);
});

test("time offline does not count as failures: the upload waits for the network", async () => {
    const server = new FakeServer();
    let online = true;
    let comeBack;
    const network = { online: () => online, whenOnline: () => new Promise(resolve => { comeBack = resolve; }) };
    let puts = 0;
    const flaky = r => {
        if (r.method === "PUT" && ++puts <= 5) { online = false; return Promise.resolve({ status: 0, body: null }); }
        return server.transport(r);
    };
    const upload = uploadFile(file(1500).file, target, options(server, { network, transport: flaky, maxAttempts: 2 }));
    for (let i = 0; i < 5; i++) {
        await new Promise(resolve => setImmediate(resolve));
        assert.equal(upload.state, "waiting");
        online = true;
        comeBack();
    }
    await upload.done;
    assert.deepEqual(server.puts(), [1, 2]);
});

test("a refused file fails at once, is not retried and is forgotten", async () => {
    const server = new FakeServer();
    server.refuseFirstPart = true;
    const storage = new MemoryStorage();
    const f = file(2500, "讲义.pdf").file;
    const upload = uploadFile(f, target, options(server, { storage }));
    await assert.rejects(upload.done, e => e.status === 415 && e.message === "文件类型不符"
        && e.problems[0].key === "upload.refused.TYPE_NOT_ALLOWED");
    assert.deepEqual(server.puts(), [1]);
    assert.equal(storage.getItem(resumeKey(f, target)), null);
});

test("signed out (403) fails without forgetting, so signing in again resumes", async () => {
    const server = new FakeServer();
    const storage = new MemoryStorage();
    server.failNext.push({ method: "PUT", url: /parts\/2$/, status: 403 });
    const f = file(2500).file;
    await assert.rejects(uploadFile(f, target, options(server, { storage })).done, e => e.status === 403);
    assert.ok(storage.getItem(resumeKey(f, target)));
});

test("an upload swept while away starts over once", async () => {
    const server = new FakeServer();
    const storage = new MemoryStorage();
    const { bytes, file: f } = file(2500);
    storage.setItem(resumeKey(f, target), JSON.stringify({ id: "expired" }));
    await uploadFile(f, target, options(server, { storage })).done;
    assert.deepEqual(server.uploads.get("u1").assembled, bytes);
    assert.equal(server.log[0].url, "/api/uploads/expired");
});

test("completion that misses parts asks which and sends them", async () => {
    const server = new FakeServer();
    const { bytes, file: f } = file(2500);
    let dropped = false;
    const losing = async r => {
        const answer = await server.transport(r);
        if (r.method === "PUT" && r.url.endsWith("/parts/2") && !dropped) {
            dropped = true;
            server.uploads.get("u1").parts.delete(2);
        }
        return answer;
    };
    await uploadFile(f, target, options(server, { transport: losing })).done;
    assert.deepEqual(server.puts(), [1, 2, 3, 2]);
    assert.deepEqual(server.uploads.get("u1").assembled, bytes);
});

test("several chunks can be in flight at once", async () => {
    const server = new FakeServer();
    let inFlight = 0, most = 0;
    const slow = async r => {
        if (r.method !== "PUT") return server.transport(r);
        inFlight++; most = Math.max(most, inFlight);
        await new Promise(resolve => setTimeout(resolve, 5));
        try { return await server.transport(r); } finally { inFlight--; }
    };
    const { bytes, file: f } = file(6000);
    await uploadFile(f, target, options(server, { transport: slow, concurrency: 3 })).done;
    assert.equal(most, 3);
    assert.deepEqual(server.uploads.get("u1").assembled, bytes);
});

test("cancelling stops sending, tells the server and forgets", async () => {
    const server = new FakeServer();
    const storage = new MemoryStorage();
    const f = file(5000).file;
    let upload;
    const cancelling = async r => {
        const answer = await server.transport(r);
        if (r.method === "PUT" && r.url.endsWith("/parts/2")) await upload.cancel();
        return answer;
    };
    upload = uploadFile(f, target, options(server, { storage, transport: cancelling }));
    await assert.rejects(upload.done, e => e.cancelled);
    assert.equal(upload.state, "cancelled");
    assert.deepEqual(server.puts(), [1, 2]);
    const deleted = server.log.find(r => r.method === "DELETE" && r.url === "/api/uploads/u1");
    assert.equal(deleted.headers["X-Requested-With"], "XMLHttpRequest");
    assert.equal(server.uploads.size, 0);
    assert.equal(storage.getItem(resumeKey(f, target)), null);
});

test("endpoints are parameters", async () => {
    const server = new FakeServer();
    const seen = [];
    const endpoints = apiEndpoints("/ctx/api/uploads");
    const mapping = r => { seen.push(r.url); return server.transport({ ...r, url: r.url.replace("/ctx", "") }); };
    await uploadFile(file(10).file, target, options(server, { transport: mapping, endpoints })).done;
    assert.deepEqual(seen, ["/ctx/api/uploads", "/ctx/api/uploads/u1/parts/1", "/ctx/api/uploads/u1/complete"]);
    assert.equal(apiEndpoints("/x").part("a/b", 3), "/x/a%2Fb/parts/3");
});

test("retry pauses double, are capped and jittered", () => {
    const o = { baseDelayMs: 1000, maxDelayMs: 30000 };
    assert.equal(retryDelay(1, { ...o, random: () => 0 }), 500);
    assert.equal(retryDelay(1, { ...o, random: () => 1 }), 1000);
    assert.equal(retryDelay(3, { ...o, random: () => 1 }), 4000);
    assert.equal(retryDelay(10, { ...o, random: () => 1 }), 30000);
    assert.equal(retryDelay(2, { ...o, random: () => 1 }, 120), 30000);
    assert.equal(retryDelay(2, { ...o, random: () => 1 }, 0), 0);
});

test("progress is shown to screen readers", () => {
    const attributes = {};
    const styles = {};
    const div = {
        tagName: "DIV",
        setAttribute: (k, v) => { attributes[k] = v; },
        style: { setProperty: (k, v) => { styles[k] = v; } },
    };
    showProgress(div, { percent: 45 }, "45%，900 MB / 2 GB");
    assert.deepEqual(attributes, {
        role: "progressbar", "aria-valuemin": "0", "aria-valuemax": "100", "aria-valuenow": "45",
        "aria-valuetext": "45%，900 MB / 2 GB",
    });
    assert.equal(styles["--progress"], "45%");
    const bar = { tagName: "PROGRESS", setAttribute: (k, v) => { attributes[k] = v; } };
    showProgress(bar, { percent: 70 });
    assert.equal(bar.value, 70);
    assert.equal(bar.max, 100);
});

test("an upload gone at completion is not sent again (it may have completed)", async () => {
    const server = new FakeServer();
    server.failNext.push({ method: "POST", url: /complete$/, status: 404 });
    const upload = uploadFile(file(2500).file, target, options(server));
    await assert.rejects(upload.done, e => e.gone && e.atCompletion);
    assert.deepEqual(server.puts(), [1, 2, 3]);
    assert.equal(server.creations(), 1);
});

test("cancelling a resumed upload before it is known still tells the server", async () => {
    const server = new FakeServer();
    const storage = new MemoryStorage();
    const f = file(2500).file;
    server.create({ "Content-Type": "application/json" }, { size: 2500 });
    storage.setItem(resumeKey(f, target), JSON.stringify({ id: "u1" }));
    const upload = uploadFile(f, target, options(server, { storage, transport: r => r.method === "GET"
        ? new Promise(resolve => r.signal.addEventListener("abort", () => resolve({ status: 0, body: null })))
        : server.transport(r) }));
    await upload.cancel();
    await assert.rejects(upload.done, e => e.cancelled);
    assert.ok(server.log.some(r => r.method === "DELETE" && r.url === "/api/uploads/u1"));
    assert.equal(storage.getItem(resumeKey(f, target)), null);
});
