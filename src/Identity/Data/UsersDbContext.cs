using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Account;
using StPlatform.Identity.Units;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults.Audit;

namespace StPlatform.Identity.Data;

/// <summary>
/// Users, roles and units (ASP.NET Core Identity), OpenIddict's clients, scopes and tokens, and the
/// outbox of the unit events, and the audit trail of the administrators' changes, in <c>identitydb</c>.
/// </summary>
public sealed class UsersDbContext(DbContextOptions<UsersDbContext> options)
    : IdentityDbContext<PlatformUser, IdentityRole<Guid>, Guid>(options), IAuditedContext
{
    public DbSet<Unit> Units => Set<Unit>();

    /// <summary>Only safe fields: this context holds password hashes, stamps and tokens.</summary>
    public AuditPolicy AuditPolicy => IdentityAudit.Policy;

    /// <summary>Shared by the host and the design-time factory, so migrations match the running model.</summary>
    public static void ConfigureOptions(DbContextOptionsBuilder options) =>
        options.UseSnakeCaseNamingConvention().UseOpenIddict<Guid>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(UsersDbContext).Assembly)
            .AddOutboxAndInbox()
            .AddAuditLog();
    }
}
