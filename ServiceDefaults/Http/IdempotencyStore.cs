using Microsoft.EntityFrameworkCore;

namespace StPlatform.ServiceDefaults.Http;

/// <summary>One caller's key in <c>idempotency_keys</c>, in plain SQL: these rows are bookkeeping, not audited records.</summary>
internal sealed class IdempotencyStore(DbContext db, string caller, string key)
{
    /// <summary>Claims the key; false when it is already taken (pending or done).</summary>
    public async Task<bool> TryBeginAsync(string requestHash, CancellationToken cancellationToken)
    {
        var expiredBefore = DateTimeOffset.UtcNow - IdempotencyModel.Retention;
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM idempotency_keys WHERE caller = {caller} AND created_at < {expiredBefore}", cancellationToken);
        var inserted = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO idempotency_keys (caller, key, request_hash, created_at)
            VALUES ({caller}, {key}, {requestHash}, {DateTimeOffset.UtcNow})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        return inserted == 1;
    }

    public Task<IdempotencyRecord?> FindAsync(CancellationToken cancellationToken) =>
        db.Set<IdempotencyRecord>().AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);

    public Task CompleteAsync(int statusCode, string? contentType, byte[] body, string? location, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync($"""
            UPDATE idempotency_keys
            SET status_code = {statusCode}, content_type = {contentType}, body = {body}, location = {location}
            WHERE caller = {caller} AND key = {key}
            """, cancellationToken);

    public Task ReleaseAsync(CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlInterpolatedAsync(
            $"DELETE FROM idempotency_keys WHERE caller = {caller} AND key = {key} AND status_code IS NULL", cancellationToken);
}
