using StPlatform.Gateway;
using StPlatform.Gateway.Landing;
using StPlatform.Gateway.Proxy;
using StPlatform.Gateway.Security;
using StPlatform.Gateway.Session;
using StPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddGateway();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseSecurityHeaders();
app.UseAuthentication();
app.UseRateLimiter();
app.MapLandingPage();
app.MapSessionEndpoints();
app.MapServiceRoutes();
app.MapUnknownRoutes();

app.Run();

/// <summary>The entry point tests start through <c>WebApplicationFactory&lt;Program&gt;</c>.</summary>
public partial class Program;
