using StPlatform.Programmes;
using StPlatform.Programmes.Attachments;
using StPlatform.Programmes.Committees;
using StPlatform.Programmes.Documents;
using StPlatform.Programmes.Indicators;
using StPlatform.Programmes.Plans;
using StPlatform.Programmes.Seeding;
using StPlatform.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddProgrammes();

var app = builder.Build();

if (args is ["seed-demo", ..])
{
    return await app.SeedDemoAsync();
}

app.MapDefaultEndpoints();
app.UseAuthentication();
app.UseAuthorization();
app.MapOpenApiUnder(ProgrammeDocumentApi.Prefix);
app.MapProgrammeDocumentApi();
app.MapDocumentLifecycleApi();
app.MapIndicatorApi();
app.MapAnnexApi();
app.MapExportApi();
app.MapCommitteeApi();
app.MapAttachmentApi();
app.MapRazorPages();

await app.RunAsync();
return 0;

/// <summary>Named by the tests' WebApplicationFactory.</summary>
public partial class Program;
