using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace StPlatform.ServiceDefaults.Audit;

/// <summary>Reads a service's audit table, newest first, whatever the service's context is.</summary>
public interface IAuditLog
{
    Task<PagedList<AuditEntry>> PageAsync(PageRequest page, CancellationToken cancellationToken);
}

public static class AuditLogExtensions
{
    /// <summary>Lets the shared audit page (<c>/{service}/audit</c>) read <typeparamref name="TContext"/>'s audit table.</summary>
    public static IServiceCollection AddAuditLog<TContext>(this IServiceCollection services) where TContext : DbContext =>
        services.AddScoped<IAuditLog, AuditLog<TContext>>();

    private sealed class AuditLog<TContext>(TContext db) : IAuditLog where TContext : DbContext
    {
        public Task<PagedList<AuditEntry>> PageAsync(PageRequest page, CancellationToken cancellationToken) =>
            db.Set<AuditEntry>().AsNoTracking().OrderByDescending(e => e.Id).ToPagedListAsync(page, cancellationToken);
    }
}
