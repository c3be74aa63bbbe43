using StPlatform.Identity;
using StPlatform.Identity.Connect;
using StPlatform.Identity.Seeding;
using StPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityService();

var app = builder.Build();

if (args is [BootstrapAdministrator.Command, .. var rest])
{
    return await BootstrapAdministrator.RunAsync(app.Services, rest, Console.Out);
}

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapConnectApi();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>Named by the tests' WebApplicationFactory.</summary>
public partial class Program;
