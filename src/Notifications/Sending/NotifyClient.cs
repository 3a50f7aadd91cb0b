using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Notifications.Sending;

/// <summary>
/// GOV.UK Notify's REST API (<c>POST /v2/notifications/email</c> and <c>/sms</c>), authenticated with
/// a fresh <see cref="NotifyToken"/> per request. Its base address is configured on the HttpClient.
/// </summary>
public sealed class NotifyClient(HttpClient http, NotifyApiKey key, TimeProvider time) : INotificationSender
{
    public const string LiveAddress = "https://api.notifications.service.gov.uk/";

    public Task<NotificationReceipt> SendEmailAsync(NotificationRequest request, CancellationToken cancellationToken) =>
        PostAsync("v2/notifications/email", new NotifyRequest(request.TemplateId, request.Personalisation, request.Reference) { EmailAddress = request.To }, cancellationToken);

    public Task<NotificationReceipt> SendSmsAsync(NotificationRequest request, CancellationToken cancellationToken) =>
        PostAsync("v2/notifications/sms", new NotifyRequest(request.TemplateId, request.Personalisation, request.Reference) { PhoneNumber = request.To }, cancellationToken);

    private async Task<NotificationReceipt> PostAsync(string path, NotifyRequest body, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NotifyToken.Create(key, time.GetUtcNow()));
        using var response = await http.SendAsync(message, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadFromJsonAsync<NotifyErrorResponse>(cancellationToken).ConfigureAwait(false);
            throw new NotifyException((int)response.StatusCode, problem?.Errors?.FirstOrDefault()?.Error ?? "UnknownError");
        }
        var created = await response.Content.ReadFromJsonAsync<NotifyResponse>(cancellationToken)
                      ?? throw new NotifyException((int)response.StatusCode, "EmptyResponse");
        return new NotificationReceipt(created.Id);
    }

    private sealed record NotifyRequest(
        [property: JsonPropertyName("template_id")] string TemplateId,
        [property: JsonPropertyName("personalisation")] IReadOnlyDictionary<string, string> Personalisation,
        [property: JsonPropertyName("reference")] string Reference)
    {
        [JsonPropertyName("email_address"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? EmailAddress { get; init; }

        [JsonPropertyName("phone_number"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? PhoneNumber { get; init; }
    }

    private sealed record NotifyResponse([property: JsonPropertyName("id")] string Id);

    private sealed record NotifyErrorResponse([property: JsonPropertyName("errors")] IReadOnlyList<NotifyError>? Errors);

    private sealed record NotifyError([property: JsonPropertyName("error")] string Error);
}
