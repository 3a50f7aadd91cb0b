using SocialPrescribing.AppHost;
using SocialPrescribing.AppHost.Hosting;

// `dotnet run --project AppHost -- [--web-port 5000] ...` runs the whole system until Ctrl+C.
try
{
    var builder = DistributedApplicationBuilder.Create(args);
    SocialPrescribingModel.Configure(builder);
    await using var app = builder.Build();
    Console.WriteLine($"Development staff users sign in with the password in {Path.Combine(app.DataDirectory, "development-password.secret")}.");
    await app.RunAsync();
    return 0;
}
catch (AppHostException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
