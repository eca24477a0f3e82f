package com.chatcore.web.socketio;

import io.socket.engineio.server.EngineIoServer;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * An Engine.IO polling handshake answered only once the engine knows its session. The engine writes and completes
 * the handshake's answer (its {@code sid}) before it registers that sid, so a client that sends its next request at
 * once (socket.io-client's namespace CONNECT) could be refused with 400 "Session ID unknown" (measured: 6 in 100
 * handshakes from four parallel clients on this machine). Here the engine runs the handshake synchronously into a
 * buffer, and the buffer goes out after it returned, that is after it registered the sid.
 */
final class BufferedHandshake {

    private BufferedHandshake() {
    }

    /** A polling request without a sid: an Engine.IO handshake. */
    static boolean is(HttpServletRequest request) {
        String query = request.getQueryString();
        return "GET".equalsIgnoreCase(request.getMethod()) && (query == null || !query.contains("sid="));
    }

    static void handle(EngineIoServer engine, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        Buffer answer = new Buffer(response);
        engine.handleRequest(new Synchronous(request), answer);
        response.getOutputStream().write(answer.bytes.toByteArray());
        response.flushBuffer();
    }

    /** The handshake as the engine's synchronous polling sees it: answered within the call. */
    private static final class Synchronous extends HttpServletRequestWrapper {

        Synchronous(HttpServletRequest request) {
            super(request);
        }

        @Override
        public boolean isAsyncSupported() {
            return false;
        }

        @Override
        public boolean isAsyncStarted() {
            return false;
        }
    }

    /** Headers and status go to the real response; the body waits in memory (a handshake is a few hundred bytes). */
    private static final class Buffer extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Buffer(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("the handshake is written synchronously");
                }
            };
        }

        @Override
        public void flushBuffer() {
            // Nothing reaches the client before the engine returned.
        }
    }
}
