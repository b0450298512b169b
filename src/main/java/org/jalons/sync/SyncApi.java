package org.jalons.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jalons.protocol.Wire;
import org.jalons.storage.Json;

/**
 * The HTTP side of protocol v1: one method per endpoint, each turning a failure into a {@link SyncException} with
 * the problem a person is shown. Every request names the protocol version; all but pairing carry the device token.
 */
final class SyncApi {
    static final String PROTOCOL_HEADER = "Jalons-Protocol";
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final TypeReference<Wire.PullPage<Wire.ServedRecord>> PULL_PAGE = new TypeReference<>() {};
    private static final TypeReference<Wire.SnapshotPage<Wire.ServedRecord>> SNAPSHOT_PAGE = new TypeReference<>() {};

    private final OkHttpClient client;

    SyncApi(OkHttpClient client) {
        this.client = client;
    }

    static OkHttpClient newClient(HttpSettings settings, RetryInterceptor.Sleeper sleeper) {
        return new OkHttpClient.Builder()
                .connectTimeout(settings.connectTimeout())
                .readTimeout(settings.readTimeout())
                .writeTimeout(settings.readTimeout())
                .retryOnConnectionFailure(false)
                // No redirect is followed: an https server redirecting to http would resend the token and a push
                // body in the clear, and the protocol has none (the phone talks to the address it paired with only).
                .followRedirects(false)
                .followSslRedirects(false)
                .socketFactory(new NoDelaySocketFactory(javax.net.SocketFactory.getDefault()))
                .addInterceptor(new RetryInterceptor(
                        settings.maxAttempts(), new Backoff(settings.firstDelay(), settings.maxDelay()), sleeper))
                .addInterceptor(new GzipRequestInterceptor())
                .build();
    }

    static OkHttpClient newClient(HttpSettings settings) {
        return newClient(settings, d -> Thread.sleep(d.toMillis()));
    }

    Wire.PairResponse pair(String serverUrl, String code, String deviceName) throws SyncException {
        return pair(serverUrl, code, deviceName, null);
    }

    /** Pairs, naming the device's {@code model} (null: not sent). */
    Wire.PairResponse pair(String serverUrl, String code, String deviceName, String model) throws SyncException {
        HttpUrl url =
                base(serverUrl).newBuilder().addPathSegments("api/v1/pair").build();
        Request request = new Request.Builder()
                .url(url)
                .header(PROTOCOL_HEADER, String.valueOf(Wire.PROTOCOL))
                .post(json(new Wire.PairRequest(code, deviceName, model)))
                .build();
        return call(request, Wire.PairResponse.class, true);
    }

    /** Asks the server for a one-time code that pairs the phone of a user or of a person (admin, or counsellor). */
    Wire.PairingCodeResponse pairingCode(SyncAccount account, Wire.PairingCodeRequest pairingRequest)
            throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/pairing-codes")
                .build();
        return call(authorised(account, url).post(json(pairingRequest)).build(), Wire.PairingCodeResponse.class, false);
    }

    /** Sends a body made by {@link #pushBody}. */
    Wire.PushResponse push(SyncAccount account, RequestBody gzipped) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/sync/push")
                .build();
        return call(
                authorised(account, url)
                        .header("Content-Encoding", "gzip")
                        .post(gzipped)
                        .build(),
                Wire.PushResponse.class,
                false);
    }

    /**
     * A push request's body, as JSON and gzipped: made ahead of time, it can be ready before the answer to the
     * previous batch arrives (the interceptor leaves a body that says its encoding as it is).
     */
    static RequestBody pushBody(List<Wire.Change> changes) {
        return GzipRequestInterceptor.gzipped(Json.write(new Wire.PushRequest(Wire.PROTOCOL, changes)), JSON);
    }

    Wire.PullPage<Wire.ServedRecord> pull(SyncAccount account, long cursor, int limit) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/sync/pull")
                .addQueryParameter("cursor", Long.toString(cursor))
                .addQueryParameter("limit", Integer.toString(limit))
                .build();
        return call(authorised(account, url).get().build(), json -> Json.MAPPER.readValue(json, PULL_PAGE), false);
    }

    /** A snapshot page: of one beneficiary, or of everything visible when {@code beneficiaryId} is null. */
    Wire.SnapshotPage<Wire.ServedRecord> snapshot(
            SyncAccount account, UUID beneficiaryId, String page, Long at, int limit) throws SyncException {
        HttpUrl.Builder url = base(account.serverUrl()).newBuilder().addPathSegments("api/v1/sync/snapshot");
        if (beneficiaryId != null) {
            url.addQueryParameter("beneficiaryId", beneficiaryId.toString());
        }
        if (page != null) {
            url.addQueryParameter("page", page);
        }
        if (at != null) {
            url.addQueryParameter("at", Long.toString(at));
        }
        url.addQueryParameter("limit", Integer.toString(limit));
        return call(
                authorised(account, url.build()).get().build(),
                json -> Json.MAPPER.readValue(json, SNAPSHOT_PAGE),
                false);
    }

    /** Sends the counsellor's profile ({@code PUT /api/v1/me/profile}); the server answers what it stored. */
    Wire.CounsellorProfile putProfile(SyncAccount account, Wire.CounsellorProfile profile) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/me/profile")
                .build();
        return call(authorised(account, url).put(json(profile)).build(), Wire.CounsellorProfile.class, false);
    }

    /** The person's counsellors as they chose to be shown ({@code GET /api/v1/me/counsellors}). */
    Wire.MyCounsellors myCounsellors(SyncAccount account) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/me/counsellors")
                .build();
        return call(authorised(account, url).get().build(), Wire.MyCounsellors.class, false);
    }

    /** The organisation's counsellors, on a supervisor's or admin's device ({@code GET /api/v1/me/counsellors}). */
    Wire.TeamCounsellors teamCounsellors(SyncAccount account) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/me/counsellors")
                .build();
        return call(authorised(account, url).get().build(), Wire.TeamCounsellors.class, false);
    }

    /** The organisation's sites and goal themes, on every device ({@code GET /api/v1/me/vocabulary}). */
    Wire.OrgVocabulary orgVocabulary(SyncAccount account) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/me/vocabulary")
                .build();
        return call(authorised(account, url).get().build(), Wire.OrgVocabulary.class, false);
    }

    /**
     * The organisation's questionnaires, every published version, on every device ({@code GET
     * /api/v1/questionnaires}): read as a tree, each definition then checked by the app's catalog.
     */
    com.fasterxml.jackson.databind.JsonNode questionnaires(SyncAccount account) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/questionnaires")
                .build();
        return call(authorised(account, url).get().build(), json -> Json.MAPPER.readTree(json), false);
    }

    /** Revokes one of this account's devices ({@code DELETE /api/v1/devices/{id}}, 204). */
    void revokeDevice(SyncAccount account, UUID deviceId) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/devices")
                .addPathSegment(deviceId.toString())
                .build();
        callWithoutAnswer(authorised(account, url).delete().build());
    }

    /** Tells the server this device erased everything it was asked to ({@code POST /api/v1/devices/me/wiped}, 204). */
    void confirmWiped(SyncAccount account) throws SyncException {
        HttpUrl url = base(account.serverUrl())
                .newBuilder()
                .addPathSegments("api/v1/devices/me/wiped")
                .build();
        callWithoutAnswer(authorised(account, url)
                .post(RequestBody.create(new byte[0], JSON))
                .build());
    }

    /** A request answered 204: no body to read, the same failures as any call. */
    private void callWithoutAnswer(Request request) throws SyncException {
        String what = request.method() + " " + request.url().encodedPath();
        try (Response response = client.newCall(request).execute()) {
            if (response.isRedirect()) {
                throw redirected(what, response);
            }
            if (!response.isSuccessful()) {
                ResponseBody body = response.body();
                throw failure(what, response.code(), body == null ? "" : body.string(), false);
            }
        } catch (IOException e) {
            throw new SyncException(SyncProblem.NO_NETWORK, what + " failed: " + e, e);
        }
    }

    /**
     * A GET under {@code api/v1/} with query parameters (summaries, their CSV and PDF): the body as bytes, with the
     * same token, protocol header, gzip and retries as the sync itself.
     */
    byte[] download(SyncAccount account, String path, java.util.Map<String, String> query) throws SyncException {
        HttpUrl.Builder url = base(account.serverUrl()).newBuilder().addPathSegments(path);
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                url.addQueryParameter(name, value);
            }
        });
        Request request = authorised(account, url.build()).get().build();
        String what = "GET " + request.url().encodedPath();
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (response.isRedirect()) {
                throw redirected(what, response);
            }
            if (!response.isSuccessful()) {
                String text = body == null ? "" : body.string();
                if (response.code() == 400 || response.code() == 403) {
                    throw new SummaryRefusedException(
                            response.code(),
                            errorCode(text),
                            what + " answered " + response.code() + " " + abbreviate(text));
                }
                throw failure(what, response.code(), text, false);
            }
            return body == null ? new byte[0] : body.bytes();
        } catch (IOException e) {
            throw new SyncException(SyncProblem.NO_NETWORK, what + " failed: " + e, e);
        }
    }

    /**
     * Any other call under {@code api/v1/} (the admin's screens): {@code method} with a JSON {@code body} (null: none)
     * and query parameters (blank values left out); the answer's text, empty for a 204. Same token, protocol header,
     * gzip, retries and failures as the sync itself.
     */
    String exchange(SyncAccount account, String method, String path, java.util.Map<String, String> query, Object body)
            throws SyncException {
        HttpUrl.Builder url = base(account.serverUrl()).newBuilder().addPathSegments(path);
        query.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                url.addQueryParameter(name, value);
            }
        });
        RequestBody content = body == null
                ? ("GET".equals(method) || "DELETE".equals(method) ? null : RequestBody.create(new byte[0], JSON))
                : json(body);
        Request.Builder request = authorised(account, url.build()).method(method, content);
        if (!"GET".equals(method)) {
            // A write is not sent twice by the retry interceptor unless the route says it is idempotent.
            request.tag(RetryInterceptor.Retryable.class, idempotent(method) ? RetryInterceptor.Retryable.YES : null);
        }
        return call(request.build(), text -> text, false);
    }

    private static boolean idempotent(String method) {
        return "PUT".equals(method) || "DELETE".equals(method);
    }

    private static HttpUrl base(String serverUrl) throws SyncException {
        HttpUrl url = serverUrl == null ? null : HttpUrl.parse(serverUrl);
        if (url == null) {
            throw new SyncException(SyncProblem.NOT_PAIRED, "No valid server address: " + serverUrl);
        }
        if (!ServerAddress.isAllowed(url)) {
            // Checked before any request is built: the token and records never leave in the clear.
            throw new SyncException(
                    SyncProblem.SERVER_NOT_SECURE,
                    "Refused to contact " + url.scheme() + "://" + url.host() + ":" + url.port()
                            + ": not https and not this machine (loopback)");
        }
        return url;
    }

    private static Request.Builder authorised(SyncAccount account, HttpUrl url) {
        return new Request.Builder()
                .url(url)
                .header(PROTOCOL_HEADER, String.valueOf(Wire.PROTOCOL))
                .header("Authorization", "Bearer " + account.token())
                .tag(RetryInterceptor.Retryable.class, RetryInterceptor.Retryable.YES);
    }

    private static RequestBody json(Object body) {
        return RequestBody.create(Json.write(body), JSON);
    }

    private <T> T call(Request request, Class<T> type, boolean pairing) throws SyncException {
        return call(request, json -> Json.MAPPER.readValue(json, type), pairing);
    }

    /** Reads an answer's JSON into what the call returns. */
    private interface AnswerReader<T> {
        T read(String json) throws JsonProcessingException;
    }

    private <T> T call(Request request, AnswerReader<T> reader, boolean pairing) throws SyncException {
        String what = request.method() + " " + request.url().encodedPath();
        try (Response response = client.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (response.isRedirect()) {
                throw redirected(what, response);
            }
            String text = body == null ? "" : body.string();
            if (!response.isSuccessful()) {
                throw failure(what, response.code(), text, pairing);
            }
            try {
                return reader.read(text);
            } catch (JsonProcessingException e) {
                throw new SyncException(SyncProblem.SERVER_REFUSED, what + " answered JSON this app cannot read", e);
            }
        } catch (IOException e) {
            throw new SyncException(SyncProblem.NO_NETWORK, what + " failed: " + e, e);
        }
    }

    /**
     * A redirect, never followed: to {@code http} from {@code https}, or to an address the app would not contact,
     * it is told as an insecure server (the person pairs again with the right address); to another https address, as
     * a refusal.
     */
    private static SyncException redirected(String what, Response response) {
        HttpUrl from = response.request().url();
        String location = response.header("Location");
        HttpUrl to = location == null ? null : from.resolve(location);
        String detail = what + " answered " + response.code() + " to "
                + (to == null ? "no valid address" : to.scheme() + "://" + to.host() + ":" + to.port())
                + ": redirects are not followed";
        if (to != null && ((from.isHttps() && !to.isHttps()) || !ServerAddress.isAllowed(to))) {
            return new SyncException(SyncProblem.SERVER_NOT_SECURE, detail);
        }
        return new SyncException(SyncProblem.SERVER_REFUSED, detail);
    }

    private static SyncException failure(String what, int code, String text, boolean pairing) {
        String error = errorCode(text);
        String detail = what + " answered " + code + " " + abbreviate(text);
        if (code == 400 && "unsupported_protocol".equals(error)) {
            return new SyncException(SyncProblem.UNSUPPORTED_PROTOCOL, detail);
        }
        if (code == 410 && "wipe_requested".equals(error)) {
            return new SyncException(SyncProblem.WIPE_REQUESTED, detail, error);
        }
        if (code == 412 && !pairing) {
            return new CursorTooOldException(detail);
        }
        if (pairing && code == 429) {
            return new SyncException(SyncProblem.PAIRING_TOO_MANY_ATTEMPTS, detail);
        }
        if (pairing && code >= 400 && code < 500) {
            return new SyncException(SyncProblem.PAIRING_CODE_INVALID, detail, error);
        }
        if (code == 401) {
            return new SyncException(SyncProblem.DEVICE_REVOKED, detail);
        }
        if (RetryInterceptor.retriable(code)) {
            return new SyncException(SyncProblem.SERVER_UNAVAILABLE, detail, error);
        }
        return new SyncException(SyncProblem.SERVER_REFUSED, detail, error);
    }

    private static String errorCode(String text) {
        try {
            Wire.ErrorBody body = Json.MAPPER.readValue(text, Wire.ErrorBody.class);
            return body == null ? null : body.error();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
