// The smallest service an AppHost can run: it answers its health check and echoes configuration.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/health", () => "Healthy");
app.MapGet("/configuration/{key}", (string key, IConfiguration configuration) => configuration[key.Replace("__", ":", StringComparison.Ordinal)] ?? "");

app.Run();
