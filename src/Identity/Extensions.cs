using Microsoft.AspNetCore.Identity;
using StPlatform.Contracts;
using StPlatform.Identity.Account;
using StPlatform.Identity.Admin;
using StPlatform.Identity.Connect;
using StPlatform.Identity.Data;
using StPlatform.Identity.Seeding;
using StPlatform.Identity.Security;
using StPlatform.Identity.Units;
using StPlatform.Messaging;
using StPlatform.ServiceDefaults;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity;

public static class Extensions
{
    public const string Prefix = "/identity";

    public static IHostApplicationBuilder AddIdentityService(this IHostApplicationBuilder builder)
    {
        builder.AddNpgsqlDbContext<UsersDbContext>(ResourceNames.IdentityDb, UsersDbContext.ConfigureOptions);
        builder.Services.AddMigration<UsersDbContext>(IdentitySeeder.SeedAsync);
        builder.Services.AddAuditLog<UsersDbContext>();
        builder.Services.Configure<CityProfile>(builder.Configuration.GetSection(CityProfile.Section));
        // Unit events wait in the outbox while the broker is down: sign-in never depends on it.
        builder.AddRabbitMQClient(ResourceNames.Messaging);
        builder.AddMessaging<UsersDbContext>(configure: messaging => messaging.EndpointPrefix = ResourceNames.Identity);
        var section = builder.Configuration.GetSection(IdentityServiceOptions.Section);
        builder.Services.Configure<IdentityServiceOptions>(section);
        var options = section.Get<IdentityServiceOptions>() ?? new IdentityServiceOptions();

        builder.Services.AddIdentity<PlatformUser, IdentityRole<Guid>>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = false;
                identity.ClaimsIdentity.UserIdClaimType = PlatformClaims.Subject;
                identity.ClaimsIdentity.UserNameClaimType = PlatformClaims.Name;
                identity.ClaimsIdentity.RoleClaimType = PlatformClaims.Role;
            })
            .AddEntityFrameworkStores<UsersDbContext>()
            .AddClaimsPrincipalFactory<UnitClaimsFactory>()
            .AddDefaultTokenProviders();
        // A lock or a password reset renews the security stamp; the sign-in cookie is checked against
        // it on every request (identity's pages are few), so the person's session ends at once.
        builder.Services.Configure<SecurityStampValidatorOptions>(stamp => stamp.ValidationInterval = TimeSpan.Zero);
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "stp.identity";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.Path = Prefix;
            cookie.LoginPath = $"{Prefix}/account/signin";
            cookie.LogoutPath = $"{Prefix}/account/signout";
            cookie.AccessDeniedPath = $"{Prefix}/account/denied";
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });

        builder.AddOpenIddictServer(options);
        builder.Services.AddScoped<TokenPrincipals>();
        builder.Services.AddScoped<RoleAssignments>();
        builder.Services.AddScoped<UserAdministration>();
        builder.AddApiAndPages();
        return builder;
    }
}
