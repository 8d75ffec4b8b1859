package org.gongxue.platform.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class ServletResponseSinkTest {

    @Test
    void setsTheStatusTheHeadersAndTheLengthThroughItsTypedSetter() {
        List<String> calls = new ArrayList<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + List.of(args));
                    return null;
                });
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept-Ranges", "bytes");
        headers.put("Content-Range", "bytes 0-9/5000000000");
        headers.put("Content-Length", "5000000000");

        new ServletResponseSink(response).start(206, headers, true);

        assertThat(calls).containsExactly(
                "setStatus[206]",
                "setHeader[Accept-Ranges, bytes]",
                "setHeader[Content-Range, bytes 0-9/5000000000]",
                "setContentLengthLong[5000000000]");
    }
}
