namespace StPlatform.Hosting;

/// <summary>Something the AppHost runs or provides: a server, a database, a project, an executable.</summary>
public interface IResource
{
    string Name { get; }

    IList<object> Annotations { get; }
}

/// <summary>A resource others reach through <c>ConnectionStrings:&lt;name&gt;</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>The connection string, or null while the resource has no port allocated yet.</summary>
    ValueTask<string?> GetConnectionStringAsync(CancellationToken cancellationToken = default);
}

/// <summary>A resource that runs as a process and can be given environment variables.</summary>
public interface IResourceWithEnvironment : IResource;

/// <summary>A resource that can be told to wait for others before it starts.</summary>
public interface IResourceWithWaitSupport : IResource;

/// <summary>A resource that receives command-line arguments.</summary>
public interface IResourceWithArgs : IResource;

/// <summary>A resource that listens on endpoints the AppHost allocates.</summary>
public interface IResourceWithEndpoints : IResource;

/// <summary>A resource others find through <c>services:&lt;name&gt;:http:0</c>.</summary>
public interface IResourceWithServiceDiscovery : IResourceWithEndpoints;

/// <summary>A resource that lives inside another (a database inside its server).</summary>
public interface IResourceWithParent : IResource
{
    IResource Parent { get; }
}
