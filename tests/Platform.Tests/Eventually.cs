namespace StPlatform.Platform.Tests;

/// <summary>Polls until a condition holds, within a bounded time; fails with the last answer seen.</summary>
public static class Eventually
{
    public static async Task<string> GetStringAsync(HttpClient client, string path, Func<string, bool> done, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var last = "";
        while (DateTime.UtcNow < deadline)
        {
            last = await client.GetStringAsync(path);
            if (done(last))
            {
                return last;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"GET {path} did not reach the expected state in {seconds} s; last body: {last}");
    }

    public static async Task UntilAsync(Func<bool> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {seconds} s");
            }
            await Task.Delay(100);
        }
    }
}
