using StPlatform.ServiceDefaults;
using StPlatform.Tasks;
using StPlatform.Tasks.Dashboard;
using StPlatform.Tasks.Reminders;
using StPlatform.Tasks.Reports;
using StPlatform.Tasks.Tasks;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddTasks();

var app = builder.Build();

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApiUnder(TaskApi.Prefix);
app.MapTaskApi();
app.MapTaskLifecycleApi();
app.MapTaskHistoryApi();
app.MapReminderApi();
app.MapReportApi();
app.MapDashboardApi();
app.MapTaskExports();
app.MapRazorPages();

app.Run();

/// <summary>Named by the tests' WebApplicationFactory.</summary>
public partial class Program;
