using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.ServiceDefaults.Audit;

/// <summary>
/// Which rows of the trail to show: one kind of record, and those a user made or that name them
/// (a <c>UserName</c> in before or after). Blank means any.
/// </summary>
public sealed record AuditFilter(string? Kind = null, string? UserName = null);

/// <summary>Reads a service's audit table, newest first, whatever the service's context is.</summary>
public interface IAuditLog
{
    Task<PagedList<AuditEntry>> PageAsync(PageRequest page, CancellationToken cancellationToken);

    Task<PagedList<AuditEntry>> PageAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken);

    /// <summary>The kinds of record the trail holds, for a filter's choices.</summary>
    Task<IReadOnlyList<string>> KindsAsync(CancellationToken cancellationToken);
}

public static class AuditLogExtensions
{
    /// <summary>Lets the shared audit page (<c>/{service}/audit</c>) read <typeparamref name="TContext"/>'s audit table.</summary>
    public static IServiceCollection AddAuditLog<TContext>(this IServiceCollection services) where TContext : DbContext =>
        services.AddScoped<IAuditLog, AuditLog<TContext>>();

    private sealed class AuditLog<TContext>(TContext db) : IAuditLog where TContext : DbContext
    {
        public Task<PagedList<AuditEntry>> PageAsync(PageRequest page, CancellationToken cancellationToken) =>
            PageAsync(new AuditFilter(), page, cancellationToken);

        public Task<PagedList<AuditEntry>> PageAsync(AuditFilter filter, PageRequest page, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(filter);
            var rows = db.Set<AuditEntry>().AsNoTracking();
            if (!string.IsNullOrWhiteSpace(filter.Kind))
            {
                rows = rows.Where(e => e.EntityType == filter.Kind);
            }
            if (!string.IsNullOrWhiteSpace(filter.UserName))
            {
                var userName = filter.UserName.Trim();
                var named = System.Text.Json.JsonSerializer.Serialize(new { UserName = userName });
                rows = rows.Where(e => e.UserName == userName
                    || EF.Functions.JsonContains(e.Before!, named) || EF.Functions.JsonContains(e.After!, named));
            }
            return rows.OrderByDescending(e => e.Id).ToPagedListAsync(page, cancellationToken);
        }

        public async Task<IReadOnlyList<string>> KindsAsync(CancellationToken cancellationToken) =>
            await db.Set<AuditEntry>().Select(e => e.EntityType).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);
    }
}
