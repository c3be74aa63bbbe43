namespace StPlatform.TestSupport;

public static class RepositoryFiles
{
    /// <summary>A file of this repository, found by walking up from the test's output folder.</summary>
    public static string PathOf(string relativePath)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "StPlatform.sln")))
            {
                return Path.Combine(folder.FullName, relativePath);
            }
        }
        throw new DirectoryNotFoundException("The tests do not run inside the StPlatform repository.");
    }
}
