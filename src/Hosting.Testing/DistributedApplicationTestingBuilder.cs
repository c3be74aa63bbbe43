using System.Reflection;
using System.Runtime.CompilerServices;

namespace StPlatform.Hosting.Testing;

/// <summary>
/// Starts an AppHost (or a handful of resources) for a test, as Aspire.Hosting.Testing does: a fresh
/// temporary data folder deleted on disposal, allocated ports, child output to the test's log.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    /// <summary>
    /// Runs the entry point of <typeparamref name="TEntryPoint"/>'s assembly (the AppHost) up to its
    /// Build(), and hands its builder over: the AppHost's own Run() then returns without running.
    /// </summary>
    public static async Task<IDistributedApplicationTestingBuilder> CreateAsync<TEntryPoint>(
        string[]? args = null, CancellationToken cancellationToken = default)
        where TEntryPoint : class
    {
        var assembly = typeof(TEntryPoint).Assembly;
        var entryPoint = assembly.EntryPoint
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no entry point; is it the AppHost?");
        DistributedApplicationBuilder? captured = null;
        TestingHook.Current = options =>
        {
            options.IsTesting = true;
            options.AppHostAssembly = assembly;
            return new DistributedApplicationBuilder(options) { CaptureOnBuild = b => captured = b };
        };
        try
        {
            object?[]? parameters = entryPoint.GetParameters().Length == 0 ? null : [args ?? []];
            await Task.Run(() => entryPoint.Invoke(null, parameters), cancellationToken);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw new InvalidOperationException($"The AppHost's entry point failed: {ex.InnerException.Message}", ex.InnerException);
        }
        finally
        {
            TestingHook.Current = null;
        }
        return new TestingBuilder(captured
            ?? throw new InvalidOperationException($"The entry point of {assembly.GetName().Name} returned without calling Build()."));
    }

    /// <summary>An empty builder, no AppHost: for a test that needs only a server or two.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IDistributedApplicationTestingBuilder Create(params string[] args) =>
        new TestingBuilder(new DistributedApplicationBuilder(new DistributedApplicationOptions
        {
            Args = args,
            IsTesting = true,
            AppHostAssembly = Assembly.GetCallingAssembly(),
        }));
}
