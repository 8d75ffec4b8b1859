package org.gongxue.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The forum through the running platform (issue 5): opening a page of a 10,000-post thread as a
 * browser does (the thread page, rendered by Faces, as a signed-in cadre), and replying with 20
 * writers at once over REST.
 *
 * <p>Baselines, measured in the same run on the same thread: page 1 of the same thread for the
 * pages (a page is read by post numbers, not by an offset, so page 500 should cost what page 1
 * does), and 20 writers each replying in a thread of their own for the replies (20 writers in
 * one thread queue on the thread's row lock, which numbers posts without gaps: the ratio is what
 * that queue costs). The writers are the platform administrator in 20 sessions: moderators are
 * not rate-limited, cadres are (6 posts a minute).
 */
final class ForumBench {

    static final String ADMINISTRATOR = "platform.admin";
    static final int POSTS = 10_000;
    static final int PAGE_OPENS = 200;
    static final int WRITERS = 20;
    static final int REPLIES_PER_WRITER = 25;
    private static final int SEEDING_WRITERS = 4;
    private static final Random RANDOM = new Random(20261126);

    private final BenchConfig config;

    ForumBench(BenchConfig config) {
        this.config = config;
    }

    List<Comparison> run() throws Exception {
        int posts = POSTS;
        int pageOpens = PAGE_OPENS;
        int repliesPerWriter = REPLIES_PER_WRITER;
        PlatformClient admin = PlatformLibrary.signIn(config, ADMINISTRATOR);
        long space = admin.post("/api/forum/spaces", Map.of("name", "基准测试 " + System.currentTimeMillis(),
                "purpose", "论坛基准测试", "kind", "OPEN_FORUM", "visibility", "ZONE", "localityCode", "ZONE"))
                .path("id").asLong();
        long longThread = startThread(admin, space, "一万条回帖的主题");
        long start = System.nanoTime();
        seed(longThread, posts - 1);
        System.out.printf("seeded a thread of %,d posts in %.0f s%n", posts, (System.nanoTime() - start) / 1e9);

        PlatformClient cadre = PlatformLibrary.signIn(config, PlatformLibrary.CADRE);
        int lastPage = (posts - 1) / 20;
        String page = "/forum/thread.xhtml?id=" + longThread + "&page=";
        for (int i = 0; i < 20; i++) {
            open(cadre, page + lastPage);
            open(cadre, page + 0);
        }
        Samples anyPage = new Samples();
        Samples firstPage = new Samples();
        for (int i = 0; i < pageOpens; i++) {
            // Alternating, so that neither always meets a warmer cache.
            int shown = RANDOM.nextInt(lastPage + 1);
            if (i % 2 == 0) {
                anyPage.add(open(cadre, page + shown));
                firstPage.add(open(cadre, page + 0));
            } else {
                firstPage.add(open(cadre, page + 0));
                anyPage.add(open(cadre, page + shown));
            }
        }

        List<PlatformClient> writers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            writers.add(PlatformLibrary.signIn(config, ADMINISTRATOR));
        }
        long shared = startThread(admin, space, "二十人同时回帖");
        List<Long> own = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            own.add(startThread(admin, space, "各自回帖 " + (i + 1)));
        }
        replies(writers, writer -> shared, 3);
        replies(writers, own::get, 3);
        Samples oneThread = replies(writers, writer -> shared, repliesPerWriter);
        Samples ownThreads = replies(writers, own::get, repliesPerWriter);

        String pages = String.format("thread page of a %,d-post thread (HTML, signed in)", posts);
        String posting = WRITERS + " writers replying at once, " + repliesPerWriter + " replies each";
        return List.of(
                new Comparison(pages, "latency p50 (random page vs page 1)", millis(anyPage.median()),
                        millis(firstPage.median()), "ms", false, pageOpens + " opens each"),
                new Comparison(pages, "latency p95 (random page vs page 1)", millis(anyPage.percentile(95)),
                        millis(firstPage.percentile(95)), "ms", false, ""),
                new Comparison(posting, "latency p50 (one thread vs own threads)", millis(oneThread.median()),
                        millis(ownThreads.median()), "ms", false, "POST /api/forum/threads/{id}/posts"),
                new Comparison(posting, "latency p95 (one thread vs own threads)", millis(oneThread.percentile(95)),
                        millis(ownThreads.percentile(95)), "ms", false, ""));
    }

    private static long startThread(PlatformClient client, long space, String title) throws IOException {
        JsonNode started = client.post("/api/forum/spaces/" + space + "/threads",
                Map.of("title", title, "html", "<p>" + title + "</p>"));
        long id = started.path("id").asLong();
        if (id == 0) {
            throw new IOException("starting a thread answered " + started);
        }
        return id;
    }

    private void seed(long thread, int replies) throws IOException {
        AtomicInteger next = new AtomicInteger();
        PlatformClient client = PlatformLibrary.signIn(config, ADMINISTRATOR);
        Callable<Void> writer = () -> {
            for (int n = next.getAndIncrement(); n < replies; n = next.getAndIncrement()) {
                client.post("/api/forum/threads/" + thread + "/posts", Map.of("html", reply(n)));
            }
            return null;
        };
        PlatformLibrary.inParallel(writer, SEEDING_WRITERS);
    }

    /** Each writer sends its replies one after the other; every reply's latency is kept. */
    private static Samples replies(List<PlatformClient> writers, ThreadOf threadOf, int each) throws IOException {
        Samples latencies = new Samples();
        AtomicInteger nextWriter = new AtomicInteger();
        Callable<Void> writer = () -> {
            int index = nextWriter.getAndIncrement();
            PlatformClient client = writers.get(index);
            long thread = threadOf.of(index);
            for (int i = 0; i < each; i++) {
                long start = System.nanoTime();
                client.post("/api/forum/threads/" + thread + "/posts", Map.of("html", reply(i)));
                long elapsed = System.nanoTime() - start;
                synchronized (latencies) {
                    latencies.add(elapsed);
                }
            }
            return null;
        };
        PlatformLibrary.inParallel(writer, writers.size());
        return latencies;
    }

    private static String reply(int n) {
        return "<p>第 " + n + " 条回帖：建议三地共建七种能力课程，每年更新一次，并增加现场教学。</p>";
    }

    /** Time to the whole page, read to the end; a page that is not 200 fails the benchmark. */
    private static long open(PlatformClient client, String path) throws IOException {
        long start = System.nanoTime();
        HttpResponse<InputStream> page = client.open(path, null);
        try (InputStream body = page.body()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
        long elapsed = System.nanoTime() - start;
        if (page.statusCode() != 200) {
            throw new IOException(path + " answered " + page.statusCode());
        }
        return elapsed;
    }

    private static double millis(long nanos) {
        return Samples.millis(nanos);
    }

    @FunctionalInterface
    private interface ThreadOf {
        long of(int writer);
    }
}
