namespace StPlatform.Hosting;

public static class RabbitMQBuilderExtensions
{
    /// <summary>A RabbitMQ 3.10 broker on a port the AppHost allocates, bound to loopback.</summary>
    public static IResourceBuilder<RabbitMQServerResource> AddRabbitMQ(this IDistributedApplicationBuilder builder, string name)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddResource(new RabbitMQServerResource(name));
    }
}
