using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StPlatform.Identity.Account;
using StPlatform.Identity.Data;
using StPlatform.ServiceDefaults.Audit;
using StPlatform.ServiceDefaults.Security;

namespace StPlatform.Identity.Seeding;

/// <summary>
/// <c>Identity bootstrap-admin &lt;user name&gt; &lt;unit code&gt;</c>: the first administrator of an
/// empty production deployment. The password comes from <c>STPLATFORM_ADMIN_PASSWORD</c> or the
/// first line of standard input, never from the command line (which other users can read). It
/// refuses once an administrator exists: later ones are made in the administration pages.
/// </summary>
public static class BootstrapAdministrator
{
    public const string Command = "bootstrap-admin";
    public const string PasswordVariable = "STPLATFORM_ADMIN_PASSWORD";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        if (args.Length != 2)
        {
            await output.WriteLineAsync($"Usage: {Command} <user name> <unit code>   (password from {PasswordVariable} or stdin)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable(PasswordVariable) ?? await Console.In.ReadLineAsync();
        // The operator who runs the command is not a platform user: the trail names the system.
        using var system = AuditActor.AsSystem();
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var db = provider.GetRequiredService<UsersDbContext>();
        await db.Database.MigrateAsync();
        await IdentitySeeder.SeedAsync(provider, CancellationToken.None);

        var users = provider.GetRequiredService<UserManager<PlatformUser>>();
        if ((await users.GetUsersInRoleAsync(PlatformRoles.Administrator)).Count > 0)
        {
            await output.WriteLineAsync("An administrator already exists; nothing was changed.");
            return 1;
        }
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Code == args[1]);
        if (unit is null)
        {
            await output.WriteLineAsync($"No unit has the code {args[1]}; the city profile lists the units.");
            return 2;
        }
        var admin = new PlatformUser { UserName = args[0], DisplayName = args[0], UnitId = unit.Id };
        var created = await users.CreateAsync(admin, password ?? string.Empty);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync(string.Join(Environment.NewLine, created.Errors.Select(PasswordMessages.For)));
            return 2;
        }
        IdentitySeeder.ThrowOnError(await users.AddToRoleAsync(admin, PlatformRoles.Administrator));
        await output.WriteLineAsync($"Administrator {admin.UserName} created in unit {unit.Code}.");
        return 0;
    }
}
