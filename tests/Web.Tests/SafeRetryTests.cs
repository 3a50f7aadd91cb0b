using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using SocialPrescribing.Contracts.Directory;
using DirectoryService = SocialPrescribing.Contracts.Directory.Directory;

namespace SocialPrescribing.Web.Tests;

/// <summary>The service defaults' retry, as every service's HttpClients and gRPC clients get it: a command is never sent twice.</summary>
public sealed class SafeRetryTests
{
    [Fact]
    public async Task A_POST_that_times_out_is_sent_once_while_a_GET_or_a_POST_marked_safe_to_repeat_is_tried_again()
    {
        var (posts, gets, tokens) = (new FirstAttemptHangs(), new FirstAttemptHangs(), new FirstAttemptHangs());
        using var host = Host(s =>
        {
            s.AddHttpClient("posts", c => c.BaseAddress = new Uri("http://localhost")).ConfigurePrimaryHttpMessageHandler(() => posts);
            s.AddHttpClient("gets", c => c.BaseAddress = new Uri("http://localhost")).ConfigurePrimaryHttpMessageHandler(() => gets);
            s.AddHttpClient("tokens", c => c.BaseAddress = new Uri("http://localhost")).ConfigurePrimaryHttpMessageHandler(() => tokens);
        });
        var factory = host.Services.GetRequiredService<IHttpClientFactory>();
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAnyAsync<Exception>(() => factory.CreateClient("posts").PostAsync("/api/people", new StringContent("{}"), ct));
        using var answer = await factory.CreateClient("gets").GetAsync("/api/people", ct);
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/connect/token").SafeToRepeat();
        using var token = await factory.CreateClient("tokens").SendAsync(tokenRequest, ct);

        Assert.Equal(1, posts.Attempts);
        Assert.Equal(2, gets.Attempts);
        Assert.Equal(2, tokens.Attempts);
        Assert.True(answer.IsSuccessStatusCode);
        Assert.True(token.IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_gRPC_command_that_times_out_is_sent_once_while_a_query_without_side_effects_is_tried_again()
    {
        var (commands, queries) = (new FirstAttemptHangs(), new FirstAttemptHangs());
        using var commandHost = Host(s => DirectoryClient(s, commands));
        using var queryHost = Host(s => DirectoryClient(s, queries));
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAnyAsync<RpcException>(() => DirectoryOf(commandHost).HoldPlaceAsync(new HoldPlaceRequest(), cancellationToken: ct).ResponseAsync);
        // The second attempt gets an empty 200, which is no gRPC answer: only the count of attempts matters here.
        await Assert.ThrowsAnyAsync<RpcException>(() => DirectoryOf(queryHost).GetActivitiesAsync(new GetActivitiesRequest(), cancellationToken: ct).ResponseAsync);

        Assert.Equal(1, commands.Attempts);
        Assert.Equal(2, queries.Attempts);
    }

    private static IHost Host(Action<IServiceCollection> client)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.AddServiceDefaults();
        builder.Services.ConfigureAll<HttpStandardResilienceOptions>(o =>
        {
            o.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(500);
            o.Retry.Delay = TimeSpan.FromMilliseconds(10);
        });
        client(builder.Services);
        return builder.Build();
    }

    private static void DirectoryClient(IServiceCollection services, FirstAttemptHangs handler) =>
        services.AddGrpcClient<DirectoryService.DirectoryClient>(o => o.Address = new Uri("http://localhost"))
            .RetrySideEffectFreeMethods(DirectoryService.Descriptor)
            .ConfigurePrimaryHttpMessageHandler(() => handler);

    private static DirectoryService.DirectoryClient DirectoryOf(IHost host) => host.Services.GetRequiredService<DirectoryService.DirectoryClient>();

    /// <summary>The network's first answer never comes (the attempt times out); later ones are an empty 200.</summary>
    private sealed class FirstAttemptHangs : HttpMessageHandler
    {
        private int _attempts;
        public int Attempts => _attempts;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (Interlocked.Increment(ref _attempts) == 1)
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            return new HttpResponseMessage(System.Net.HttpStatusCode.OK);
        }
    }
}
