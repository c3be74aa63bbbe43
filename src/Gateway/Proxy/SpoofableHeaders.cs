using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace StPlatform.Gateway.Proxy;

/// <summary>
/// Services trust identity and forwarding headers only because the gateway sets them, so whatever a
/// client sends under those names is dropped before forwarding. YARP adds its own X-Forwarded-*
/// afterwards (its default transforms run after this one).
/// </summary>
internal static class SpoofableHeaders
{
    private static readonly string[] Prefixes = ["X-User-", "X-Forwarded-"];
    private static readonly string[] Names = ["Forwarded", "X-Real-IP"];

    public static void Strip(TransformBuilderContext context) => context.AddRequestTransform(RemoveAsync);

    private static ValueTask RemoveAsync(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        foreach (var name in headers.Select(header => header.Key).Where(IsSpoofable).ToList())
        {
            headers.Remove(name);
        }
        return ValueTask.CompletedTask;
    }

    private static bool IsSpoofable(string name) =>
        Prefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        || Names.Any(known => name.Equals(known, StringComparison.OrdinalIgnoreCase));
}
