using Microsoft.AspNetCore.Hosting;
using StPlatform.Contracts;
using StPlatform.Programmes.Data;
using StPlatform.ServiceDefaults.Security;
using StPlatform.TestSupport;

namespace StPlatform.Programmes.Tests;

public sealed class ProgrammesFixture() : ServiceFixture<Program, ProgrammesDbContext>(ResourceNames.ProgrammesDb), IAsyncLifetime
{
    /// <summary>Small enough that a test can send a file over it without moving 20 MB around.</summary>
    public const long MaxAttachmentBytes = 1024 * 1024;

    /// <summary>Where the service under test stores attachments: a temporary folder of this fixture's own.</summary>
    public string AttachmentDirectory { get; } = Path.Combine(Path.GetTempPath(), $"stp-attachments-{Guid.NewGuid():N}");

    protected override string Audience => ResourceNames.Programmes;

    protected override string DefaultRole => PlatformRoles.ProgrammeManager;

    protected override void ConfigureService(IWebHostBuilder host) =>
        host.UseSetting("Programmes:AttachmentDirectory", AttachmentDirectory)
            .UseSetting("Programmes:MaxAttachmentBytes", MaxAttachmentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (Directory.Exists(AttachmentDirectory))
        {
            Directory.Delete(AttachmentDirectory, recursive: true);
        }
    }
}

/// <summary>One PostgreSQL, one broker and one service for the whole project: they take seconds to start.</summary>
[CollectionDefinition(Name)]
public sealed class SharedProgrammesService : ICollectionFixture<ProgrammesFixture>
{
    public const string Name = "Programmes";
}
