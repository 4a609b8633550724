<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CommandLine</name>
    <message>
        <source>TuneDrop downloads a video or audio link (or converts a local file) and saves its sound as a tagged MP3.</source>
        <translation>TuneDrop downloads a video or audio link (or converts a local file) and saves its sound as a tagged MP3.</translation>
    </message>
    <message>
        <source>Run the queue without a window until stopped (SIGINT/SIGTERM).</source>
        <translation>Run the queue without a window until stopped (SIGINT/SIGTERM).</translation>
    </message>
    <message>
        <source>With --headless: convert the given items, print the path of each MP3, then exit.</source>
        <translation>With --headless: convert the given items, print the path of each MP3, then exit.</translation>
    </message>
    <message>
        <source>Keep all settings and state in &lt;dir&gt;.</source>
        <translation>Keep all settings and state in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Write MP3 files to &lt;dir&gt; (default: the library folder).</source>
        <translation>Write MP3 files to &lt;dir&gt; (default: the library folder).</translation>
    </message>
    <message>
        <source>kbps</source>
        <translation>kbps</translation>
    </message>
    <message>
        <source>Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR.</source>
        <translation>Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR.</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>How many conversions run at once, 1 to 16.</source>
        <translation>How many conversions run at once, 1 to 16.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Always re-encode, even MP3 sources that could be copied losslessly.</source>
        <translation>Always re-encode, even MP3 sources that could be copied losslessly.</translation>
    </message>
    <message>
        <source>Write ID3v2.3 tags (for old players) instead of ID3v2.4.</source>
        <translation>Write ID3v2.3 tags (for old players) instead of ID3v2.4.</translation>
    </message>
    <message>
        <source>Links or local media files to convert.</source>
        <translation>Links or local media files to convert.</translation>
    </message>
    <message>
        <source>[items...]</source>
        <translation>[items...]</translation>
    </message>
    <message>
        <source>Choose either --bitrate or --vbr, not both.</source>
        <translation>Choose either --bitrate or --vbr, not both.</translation>
    </message>
    <message>
        <source>The bitrate or quality must be a whole number.</source>
        <translation>The bitrate or quality must be a whole number.</translation>
    </message>
    <message>
        <source>--workers must be between 1 and 16.</source>
        <translation>--workers must be between 1 and 16.</translation>
    </message>
    <message>
        <source>--once needs at least one link or file to convert.</source>
        <translation>--once needs at least one link or file to convert.</translation>
    </message>
    <message>
        <source>Start the web server (phones and browsers can add links and download MP3s).</source>
        <translation>Start the web server (phones and browsers can add links and download MP3s).</translation>
    </message>
    <message>
        <source>Web server port (default 8080).</source>
        <translation>Web server port (default 8080).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address the web server listens on (default 127.0.0.1).</source>
        <translation>Address the web server listens on (default 127.0.0.1).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Accept web links to this computer&apos;s own addresses (trusted setups, tests).</source>
        <translation>Accept web links to this computer&apos;s own addresses (trusted setups, tests).</translation>
    </message>
    <message>
        <source>--web-port must be a port number (1 to 65535, or 0 for any free port).</source>
        <translation>--web-port must be a port number (1 to 65535, or 0 for any free port).</translation>
    </message>
    <message>
        <source>Read the web server&apos;s access password from standard input, store its salted hash and exit.</source>
        <translation>Read the web server&apos;s access password from standard input, store its salted hash and exit.</translation>
    </message>
    <message>
        <source>Ask for the access password even on this computer (shared machines).</source>
        <translation>Ask for the access password even on this computer (shared machines).</translation>
    </message>
    <message>
        <source>Print the web API token (for &quot;Authorization: Bearer&quot;) and exit.</source>
        <translation>Print the web API token (for &quot;Authorization: Bearer&quot;) and exit.</translation>
    </message>
    <message>
        <source>Delete finished MP3s this many hours after they were made (default 8; 0 keeps them forever).</source>
        <translation>Delete finished MP3s this many hours after they were made (default 8; 0 keeps them forever).</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>--retention-hours must be between 0 (keep forever) and 8760.</source>
        <translation>--retention-hours must be between 0 (keep forever) and 8760.</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp, verify its checksum and install it for TuneDrop, then exit.</source>
        <translation>Download the latest yt-dlp, verify its checksum and install it for TuneDrop, then exit.</translation>
    </message>
    <message>
        <source>Where yt-dlp releases are downloaded from (a mirror of the official layout).</source>
        <translation>Where yt-dlp releases are downloaded from (a mirror of the official layout).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Keep the sign-in cookies of a Netscape cookies.txt file in the system keychain for yt-dlp, then exit.</source>
        <translation>Keep the sign-in cookies of a Netscape cookies.txt file in the system keychain for yt-dlp, then exit.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Remove the imported sign-in cookies, then exit.</source>
        <translation>Remove the imported sign-in cookies, then exit.</translation>
    </message>
    <message>
        <source>Let yt-dlp read sign-in cookies from this browser (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) for this run.</source>
        <translation>Let yt-dlp read sign-in cookies from this browser (firefox, chrome, chromium, brave, edge, opera, safari, vivaldi, whale) for this run.</translation>
    </message>
    <message>
        <source>browser</source>
        <translation>browser</translation>
    </message>
    <message>
        <source>Constant bitrate in kbps, 8 to 320 (default 192); below 32 only for sources at 24 kHz or less.</source>
        <translation>Constant bitrate in kbps, 8 to 320 (default 192); below 32 only for sources at 24 kHz or less.</translation>
    </message>
    <message>
        <source>Believe X-Forwarded-For only from this reverse proxy&apos;s address (may be given more than once).</source>
        <translation>Believe X-Forwarded-For only from this reverse proxy&apos;s address (may be given more than once).</translation>
    </message>
    <message>
        <source>--trusted-proxy needs an IP address, not “%1”.</source>
        <translation>--trusted-proxy needs an IP address, not “%1”.</translation>
    </message>
</context>
<context>
    <name>CompositionRoot</name>
    <message>
        <source>The job list in %1 cannot be opened: %2</source>
        <translation>The job list in %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>“%1” is not an address the web server can listen on.</source>
        <translation>“%1” is not an address the web server can listen on.</translation>
    </message>
    <message>
        <source>The imported sign-in cookies cannot be read from the keychain%1; links run without them.</source>
        <translation>The imported sign-in cookies cannot be read from the keychain%1; links run without them.</translation>
    </message>
</context>
<context>
    <name>CoverArt</name>
    <message>
        <source>The cover image is damaged or in an unsupported format.</source>
        <translation>The cover image is damaged or in an unsupported format.</translation>
    </message>
    <message>
        <source>This FFmpeg build cannot decode the cover image format.</source>
        <translation>This FFmpeg build cannot decode the cover image format.</translation>
    </message>
    <message>
        <source>Out of memory while processing the cover image.</source>
        <translation>Out of memory while processing the cover image.</translation>
    </message>
    <message>
        <source>The cover image could not be converted to JPEG.</source>
        <translation>The cover image could not be converted to JPEG.</translation>
    </message>
    <message>
        <source>The cover image is too large.</source>
        <translation>The cover image is too large.</translation>
    </message>
    <message>
        <source>The cover image is empty.</source>
        <translation>The cover image is empty.</translation>
    </message>
    <message>
        <source>The cover image is not a JPEG, PNG or WebP picture.</source>
        <translation>The cover image is not a JPEG, PNG or WebP picture.</translation>
    </message>
</context>
<context>
    <name>EncoderSettings</name>
    <message>
        <source>VBR quality must be between 0 (best) and 9 (smallest), not %1.</source>
        <translation>VBR quality must be between 0 (best) and 9 (smallest), not %1.</translation>
    </message>
    <message>
        <source>CBR %1 kbps</source>
        <translation>CBR %1 kbps</translation>
    </message>
    <message>
        <source>VBR V%1</source>
        <translation>VBR V%1</translation>
    </message>
    <message>
        <source>%1 kbps is not an MP3 bitrate. Choose one of 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 or 320.</source>
        <translation>%1 kbps is not an MP3 bitrate. Choose one of 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 192, 224, 256 or 320.</translation>
    </message>
</context>
<context>
    <name>HttpDownloader</name>
    <message>
        <source>Reading the download was cancelled.</source>
        <translation>Reading the download was cancelled.</translation>
    </message>
    <message>
        <source>The downloaded data could not be read back.</source>
        <translation>The downloaded data could not be read back.</translation>
    </message>
    <message>
        <source>The file was not found on %1 (HTTP %2).</source>
        <translation>The file was not found on %1 (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused access to the file (HTTP %2). The link may have expired or need a login.</source>
        <translation>%1 refused access to the file (HTTP %2). The link may have expired or need a login.</translation>
    </message>
    <message>
        <source>%1 is limiting downloads right now (HTTP 429). Try again later.</source>
        <translation>%1 is limiting downloads right now (HTTP 429). Try again later.</translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation>%1 has a server problem (HTTP %2). Try again later.</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation>%1 refused the request (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation>%1 sent an unexpected answer (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down.</source>
        <translation>%1 refused the connection. The server may be down.</translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the link and the internet connection.</source>
        <translation>The server %1 could not be found. Check the link and the internet connection.</translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 did not answer in time.</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>A secure connection to %1 could not be established.</translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation>The connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The disk is full: the download from %1 cannot be saved.</source>
        <translation>The disk is full: the download from %1 cannot be saved.</translation>
    </message>
    <message>
        <source>No permission to save the download from %1 as %2.</source>
        <translation>No permission to save the download from %1 as %2.</translation>
    </message>
    <message>
        <source>The download from %1 cannot be saved as %2: %3</source>
        <translation>The download from %1 cannot be saved as %2: %3</translation>
    </message>
    <message>
        <source>This is not a web address that can be downloaded: %1</source>
        <translation>This is not a web address that can be downloaded: %1</translation>
    </message>
    <message>
        <source>The link leads to a web page, not to a media file (%1).</source>
        <translation>The link leads to a web page, not to a media file (%1).</translation>
    </message>
    <message>
        <source>%1 redirected the download to an address that is not followed (not http/https, or no longer encrypted).</source>
        <translation>%1 redirected the download to an address that is not followed (not http/https, or no longer encrypted).</translation>
    </message>
    <message>
        <source>The server keeps redirecting (loop): %1</source>
        <translation>The server keeps redirecting (loop): %1</translation>
    </message>
    <message>
        <source>The server keeps redirecting (more than %1 times): %2</source>
        <translation>The server keeps redirecting (more than %1 times): %2</translation>
    </message>
    <message>
        <source>%1 sent a part of the file that does not fit.</source>
        <translation>%1 sent a part of the file that does not fit.</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 kept breaking off; gave up after %n retries.</source>
        <translation>
            <numerusform>The connection to %1 kept breaking off; gave up after %n retry.</numerusform>
            <numerusform>The connection to %1 kept breaking off; gave up after %n retries.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation>The download from %1 was cancelled.</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 MB (%2).</source>
        <translation>The file is larger than the limit of %1 MB (%2).</translation>
    </message>
</context>
<context>
    <name>JobRowText</name>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation>The job list could not be read (%1); it was moved to %2 and a new one started.</translation>
    </message>
    <message>
        <source>The job list was written by a newer TuneDrop.</source>
        <translation>The job list was written by a newer TuneDrop.</translation>
    </message>
</context>
<context>
    <name>JsRuntime</name>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>%1 at %2 does not run</source>
        <translation>%1 at %2 does not run</translation>
    </message>
    <message>
        <source>%1 %2 is too old (%3 or newer is needed)</source>
        <translation>%1 %2 is too old (%3 or newer is needed)</translation>
    </message>
    <message>
        <source>None found.</source>
        <translation>None found.</translation>
    </message>
    <message>
        <source>YouTube needs a JavaScript runtime beside yt-dlp: install deno (2.0 or newer) or Node.js (20 or newer), then try again.</source>
        <translation>YouTube needs a JavaScript runtime beside yt-dlp: install deno (2.0 or newer) or Node.js (20 or newer), then try again.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Keychain error %1: %2</source>
        <translation>Keychain error %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Cannot create the folder %1</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot make %1 private</source>
        <translation>Cannot make %1 private</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>No keychain service is available: secrets are kept in %1, readable only by you.</source>
        <translation>No keychain service is available: secrets are kept in %1, readable only by you.</translation>
    </message>
    <message>
        <source>%1 is damaged</source>
        <translation>%1 is damaged</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a file name template, for example {artist} - {title}.</source>
        <translation>Enter a file name template, for example {artist} - {title}.</translation>
    </message>
    <message>
        <source>The file name template cannot contain / or \. Files are always saved in the output folder.</source>
        <translation>The file name template cannot contain / or \. Files are always saved in the output folder.</translation>
    </message>
    <message>
        <source>Unknown placeholder %1. Use {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>Unknown placeholder %1. Use {title}, {artist}, {album}, {date} or {track}.</translation>
    </message>
    <message>
        <source>The file name template has a { or } without its partner.</source>
        <translation>The file name template has a { or } without its partner.</translation>
    </message>
    <message>
        <source>The file name template needs at least one of {title}, {artist}, {album}, {date} or {track}.</source>
        <translation>The file name template needs at least one of {title}, {artist}, {album}, {date} or {track}.</translation>
    </message>
    <message>
        <source>The port must be between %1 and %2.</source>
        <translation>The port must be between %1 and %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>&quot;%1&quot; is not an IP address.</translation>
    </message>
    <message>
        <source>Listening on the network needs an access password.</source>
        <translation>Listening on the network needs an access password.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 does not exist.</source>
        <translation>The yt-dlp program %1 does not exist.</translation>
    </message>
    <message>
        <source>The yt-dlp program %1 is not an executable file.</source>
        <translation>The yt-dlp program %1 is not an executable file.</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>Choose an output folder.</translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation>The output folder must be a full path, such as %1.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created.</source>
        <translation>The output folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>TuneDrop cannot write to the output folder %1.</source>
        <translation>TuneDrop cannot write to the output folder %1.</translation>
    </message>
    <message>
        <source>Time limits must be between 0 (off) and %1 minutes.</source>
        <translation>Time limits must be between 0 (off) and %1 minutes.</translation>
    </message>
    <message>
        <source>The soft time limit must be shorter than the hard time limit.</source>
        <translation>The soft time limit must be shorter than the hard time limit.</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>MP3s are saved to %1</source>
        <translation>MP3s are saved to %1</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Web page: %1</translation>
    </message>
    <message>
        <source>From the next start: %1</source>
        <translation>From the next start: %1</translation>
    </message>
    <message>
        <source>The command line decides for this run: %1</source>
        <translation>The command line decides for this run: %1</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Simultaneous conversions</translation>
    </message>
    <message>
        <source>MP3 quality</source>
        <translation>MP3 quality</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>File names</source>
        <translation>File names</translation>
    </message>
    <message>
        <source>Playlist limit</source>
        <translation>Playlist limit</translation>
    </message>
    <message>
        <source>Time limits</source>
        <translation>Time limits</translation>
    </message>
    <message>
        <source>yt-dlp</source>
        <translation>yt-dlp</translation>
    </message>
    <message>
        <source>Sign-in cookies</source>
        <translation>Sign-in cookies</translation>
    </message>
    <message>
        <source>Deleting finished MP3s</source>
        <translation>Deleting finished MP3s</translation>
    </message>
    <message>
        <source>Web server</source>
        <translation>Web server</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Transcoder</name>
    <message>
        <source>Out of memory.</source>
        <translation>Out of memory.</translation>
    </message>
    <message>
        <source>The MP3 encoder does not accept %1 at %2 Hz.</source>
        <translation>The MP3 encoder does not accept %1 at %2 Hz.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>“%1” is not an audio or video file.</source>
        <translation>“%1” is not an audio or video file.</translation>
    </message>
    <message>
        <source>“%1” has no sound: it contains no audio track.</source>
        <translation>“%1” has no sound: it contains no audio track.</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1” (codec %2).</source>
        <translation>TuneDrop cannot decode the audio of “%1” (codec %2).</translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1”: %2.</source>
        <translation>TuneDrop cannot decode the audio of “%1”: %2.</translation>
    </message>
    <message>
        <source>TuneDrop cannot convert the audio format of “%1”: %2.</source>
        <translation>TuneDrop cannot convert the audio format of “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” contains no audio that can be decoded; it may be damaged or empty.</source>
        <translation>“%1” contains no audio that can be decoded; it may be damaged or empty.</translation>
    </message>
    <message>
        <source>The input is damaged after %1 s (%2); the audio up to there was converted.</source>
        <translation>The input is damaged after %1 s (%2); the audio up to there was converted.</translation>
    </message>
    <message>
        <source>The input ends early (truncated?): converted %1 s of %2 s.</source>
        <translation>The input ends early (truncated?): converted %1 s of %2 s.</translation>
    </message>
    <message>
        <source>“%1” was not found.</source>
        <translation>“%1” was not found.</translation>
    </message>
    <message>
        <source>Access to “%1” was denied.</source>
        <translation>Access to “%1” was denied.</translation>
    </message>
    <message>
        <source>“%1” uses a format TuneDrop cannot read (%2).</source>
        <translation>“%1” uses a format TuneDrop cannot read (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a media file TuneDrop can read, or it is damaged.</source>
        <translation>“%1” is not a media file TuneDrop can read, or it is damaged.</translation>
    </message>
    <message>
        <source>Could not download “%1”: %2.</source>
        <translation>Could not download “%1”: %2.</translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation>Could not read “%1”: %2.</translation>
    </message>
    <message>
        <source>The disk is full: could not write “%1”. Free some space and retry.</source>
        <translation>The disk is full: could not write “%1”. Free some space and retry.</translation>
    </message>
    <message>
        <source>TuneDrop may not write to “%1”. Choose another output folder.</source>
        <translation>TuneDrop may not write to “%1”. Choose another output folder.</translation>
    </message>
    <message>
        <source>The output folder for “%1” does not exist.</source>
        <translation>The output folder for “%1” does not exist.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation>Could not write “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” has no MPEG audio frames to copy.</source>
        <translation>“%1” has no MPEG audio frames to copy.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Could not read “%1”.</translation>
    </message>
    <message>
        <source>Could not read “%1”: the file ended early.</source>
        <translation>Could not read “%1”: the file ended early.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file.</source>
        <translation>“%1” is a folder, not a media file.</translation>
    </message>
    <message>
        <source>TuneDrop may not read “%1”.</source>
        <translation>TuneDrop may not read “%1”.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes).</source>
        <translation>“%1” is empty (0 bytes).</translation>
    </message>
    <message>
        <source>The cover picture was left out: %1</source>
        <translation>The cover picture was left out: %1</translation>
    </message>
    <message>
        <source>The file “%1” is damaged or incomplete and cannot be read (%2).</source>
        <translation>The file “%1” is damaged or incomplete and cannot be read (%2).</translation>
    </message>
    <message>
        <source>“%1” refers to “%2”, which TuneDrop may not open for it.</source>
        <translation>“%1” refers to “%2”, which TuneDrop may not open for it.</translation>
    </message>
    <message>
        <source>“%1” is damaged: %2 bytes that are not MP3 audio were left out.</source>
        <translation>“%1” is damaged: %2 bytes that are not MP3 audio were left out.</translation>
    </message>
    <message>
        <source>“%1” ends in the middle of an MP3 frame (the file is cut short): the incomplete frame was left out.</source>
        <translation>“%1” ends in the middle of an MP3 frame (the file is cut short): the incomplete frame was left out.</translation>
    </message>
    <message>
        <source>The header of “%1” claims %2 MP3 frames but the file holds %3: the copy’s header gives the true length.</source>
        <translation>The header of “%1” claims %2 MP3 frames but the file holds %3: the copy’s header gives the true length.</translation>
    </message>
    <message>
        <source>“%1” is too damaged to copy its MP3 frames as they are (streams of different formats spliced together, or more junk than audio): it was re-encoded.</source>
        <translation>“%1” is too damaged to copy its MP3 frames as they are (streams of different formats spliced together, or more junk than audio): it was re-encoded.</translation>
    </message>
    <message>
        <source>%1 kbps is too low for this source: at its sample rate (%2 kHz) an MP3 needs at least %3 kbps. Choose %3 kbps or more.</source>
        <translation>%1 kbps is too low for this source: at its sample rate (%2 kHz) an MP3 needs at least %3 kbps. Choose %3 kbps or more.</translation>
    </message>
    <message>
        <source>At this source&apos;s sample rate (%1 kHz) an MP3 can have at most %2 kbps, so it was made at %2 kbps instead of %3 kbps.</source>
        <translation>At this source&apos;s sample rate (%1 kHz) an MP3 can have at most %2 kbps, so it was made at %2 kbps instead of %3 kbps.</translation>
    </message>
</context>
<context>
    <name>UrlClassifier</name>
    <message>
        <source>This YouTube link has no valid video id (the id is missing).</source>
        <translation>This YouTube link has no valid video id (the id is missing).</translation>
    </message>
    <message>
        <source>This YouTube link has no valid video id (“%1” is not an 11-character id).</source>
        <translation>This YouTube link has no valid video id (“%1” is not an 11-character id).</translation>
    </message>
    <message>
        <source>This YouTube playlist link has no valid list id.</source>
        <translation>This YouTube playlist link has no valid list id.</translation>
    </message>
    <message>
        <source>This link has no valid host name.</source>
        <translation>This link has no valid host name.</translation>
    </message>
    <message>
        <source>Paste a link or choose a file.</source>
        <translation>Paste a link or choose a file.</translation>
    </message>
    <message>
        <source>This file link points at another computer (%1).</source>
        <translation>This file link points at another computer (%1).</translation>
    </message>
    <message>
        <source>This file link has no path.</source>
        <translation>This file link has no path.</translation>
    </message>
    <message>
        <source>“%1:” links are not supported. Paste an http(s) link or choose a file.</source>
        <translation>“%1:” links are not supported. Paste an http(s) link or choose a file.</translation>
    </message>
    <message>
        <source>This is neither a link nor a file path. Paste a link or choose a file.</source>
        <translation>This is neither a link nor a file path. Paste a link or choose a file.</translation>
    </message>
</context>
<context>
    <name>YtDlp</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>yt-dlp did not answer within %1 s.</source>
        <translation>yt-dlp did not answer within %1 s.</translation>
    </message>
    <message>
        <source>yt-dlp gave an answer TuneDrop cannot read (%1).</source>
        <translation>yt-dlp gave an answer TuneDrop cannot read (%1).</translation>
    </message>
    <message>
        <source>This video is blocked in your country by the site, so it cannot be downloaded from here.</source>
        <translation>This video is blocked in your country by the site, so it cannot be downloaded from here.</translation>
    </message>
    <message>
        <source>This video is unavailable: it may be private or removed.</source>
        <translation>This video is unavailable: it may be private or removed.</translation>
    </message>
    <message>
        <source>The site wants you to sign in (age check, bot check or members-only video). Choose your browser&apos;s sign-in cookies in Settings, then try again.</source>
        <translation>The site wants you to sign in (age check, bot check or members-only video). Choose your browser&apos;s sign-in cookies in Settings, then try again.</translation>
    </message>
    <message>
        <source>The site refused access. If it needs an account, choose your browser&apos;s sign-in cookies in Settings; otherwise yt-dlp may be outdated: update it.</source>
        <translation>The site refused access. If it needs an account, choose your browser&apos;s sign-in cookies in Settings; otherwise yt-dlp may be outdated: update it.</translation>
    </message>
    <message>
        <source>The site is limiting requests right now: wait a while and try again.</source>
        <translation>The site is limiting requests right now: wait a while and try again.</translation>
    </message>
    <message>
        <source>Could not reach the site: check your internet connection and try again.</source>
        <translation>Could not reach the site: check your internet connection and try again.</translation>
    </message>
    <message>
        <source>TuneDrop cannot find any audio at this link.</source>
        <translation>TuneDrop cannot find any audio at this link.</translation>
    </message>
    <message>
        <source>yt-dlp could not read this site; yt-dlp may be outdated: update it (`yt-dlp -U` or your package manager) and try again.</source>
        <translation>yt-dlp could not read this site; yt-dlp may be outdated: update it (`yt-dlp -U` or your package manager) and try again.</translation>
    </message>
    <message>
        <source>yt-dlp finished but TuneDrop cannot find the downloaded file (%1).</source>
        <translation>yt-dlp finished but TuneDrop cannot find the downloaded file (%1).</translation>
    </message>
    <message>
        <source>yt-dlp could not process this link (exit code %1).</source>
        <translation>yt-dlp could not process this link (exit code %1).</translation>
    </message>
    <message>
        <source>%1 (yt-dlp: %2)</source>
        <translation>%1 (yt-dlp: %2)</translation>
    </message>
    <message>
        <source>yt-dlp is not installed. Use Update yt-dlp in Settings (or run `tunedrop --update-yt-dlp`), install it with your package manager, or set its path in Settings.</source>
        <translation>yt-dlp is not installed. Use Update yt-dlp in Settings (or run `tunedrop --update-yt-dlp`), install it with your package manager, or set its path in Settings.</translation>
    </message>
</context>
<context>
    <name>YtDlpUpdater</name>
    <message>
        <source>Could not download the list of checksums: %1</source>
        <translation>Could not download the list of checksums: %1</translation>
    </message>
    <message>
        <source>The release does not list a checksum for %1.</source>
        <translation>The release does not list a checksum for %1.</translation>
    </message>
    <message>
        <source>Could not download yt-dlp: %1</source>
        <translation>Could not download yt-dlp: %1</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not match its published checksum; it was not installed.</source>
        <translation>The downloaded yt-dlp does not match its published checksum; it was not installed.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>The downloaded yt-dlp does not run; the installed copy was kept.</source>
        <translation>The downloaded yt-dlp does not run; the installed copy was kept.</translation>
    </message>
    <message>
        <source>Could not install the new yt-dlp.</source>
        <translation>Could not install the new yt-dlp.</translation>
    </message>
    <message>
        <source>yt-dlp %1 is installed.</source>
        <translation>yt-dlp %1 is installed.</translation>
    </message>
    <message>
        <source>There is no previous yt-dlp to go back to.</source>
        <translation>There is no previous yt-dlp to go back to.</translation>
    </message>
    <message>
        <source>Back to yt-dlp %1.</source>
        <translation>Back to yt-dlp %1.</translation>
    </message>
    <message>
        <source>Could not go back to the previous yt-dlp.</source>
        <translation>Could not go back to the previous yt-dlp.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>error: --once needs --headless.</source>
        <translation>error: --once needs --headless.</translation>
    </message>
    <message>
        <source>error: TuneDrop is already running with this profile (%1). Add the links there, or use --profile.</source>
        <translation>error: TuneDrop is already running with this profile (%1). Add the links there, or use --profile.</translation>
    </message>
    <message>
        <source>error: another TuneDrop holds this profile but does not answer.</source>
        <translation>error: another TuneDrop holds this profile but does not answer.</translation>
    </message>
    <message>
        <source>web: %1</source>
        <translation>web: %1</translation>
    </message>
    <message>
        <source>error: the password must not be empty.</source>
        <translation>error: the password must not be empty.</translation>
    </message>
    <message>
        <source>The web access password is set (only a salted hash is stored).</source>
        <translation>The web access password is set (only a salted hash is stored).</translation>
    </message>
    <message>
        <source>warning: %1 Run tunedrop --update-yt-dlp.</source>
        <translation>warning: %1 Run tunedrop --update-yt-dlp.</translation>
    </message>
    <message>
        <source>JavaScript runtime: %1</source>
        <translation>JavaScript runtime: %1</translation>
    </message>
    <message>
        <source>The imported sign-in cookies are removed.</source>
        <translation>The imported sign-in cookies are removed.</translation>
    </message>
</context>
<context>
    <name>tunedrop::AboutDialog</name>
    <message>
        <source>The Qt Company and contributors (qt.io); your system&apos;s Qt libraries.</source>
        <translation>The Qt Company and contributors (qt.io); your system&apos;s Qt libraries.</translation>
    </message>
    <message>
        <source>The FFmpeg developers (ffmpeg.org); your system&apos;s libavformat, libavcodec and libswresample.</source>
        <translation>The FFmpeg developers (ffmpeg.org); your system&apos;s libavformat, libavcodec and libswresample.</translation>
    </message>
    <message>
        <source>The LAME project (lame.sourceforge.io); your system&apos;s libmp3lame.</source>
        <translation>The LAME project (lame.sourceforge.io); your system&apos;s libmp3lame.</translation>
    </message>
    <message>
        <source>The TagLib authors (taglib.org); your system&apos;s libtag.</source>
        <translation>The TagLib authors (taglib.org); your system&apos;s libtag.</translation>
    </message>
    <message>
        <source>Frank Osterfeld and contributors; your system&apos;s libqt6keychain.</source>
        <translation>Frank Osterfeld and contributors; your system&apos;s libqt6keychain.</translation>
    </message>
    <message>
        <source>This program.</source>
        <translation>This program.</translation>
    </message>
    <message>
        <source>see Settings ▸ Tools</source>
        <translation>see Settings ▸ Tools</translation>
    </message>
    <message>
        <source>Run as a separate program, not linked: the copy TuneDrop keeps up to date from github.com/yt-dlp/yt-dlp/releases, or your system&apos;s.</source>
        <translation>Run as a separate program, not linked: the copy TuneDrop keeps up to date from github.com/yt-dlp/yt-dlp/releases, or your system&apos;s.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>Where it comes from</translation>
    </message>
    <message>
        <source>About TuneDrop</source>
        <translation>About TuneDrop</translation>
    </message>
    <message>
        <source>Paste or drop a video link, a media URL or a file: TuneDrop downloads it and saves its sound as a tagged MP3.</source>
        <translation>Paste or drop a video link, a media URL or a file: TuneDrop downloads it and saves its sound as a tagged MP3.</translation>
    </message>
    <message>
        <source>Components and licences</source>
        <translation>Components and licences</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieFileLease</name>
    <message>
        <source>Cannot create the private folder for sign-in cookies (%1).</source>
        <translation>Cannot create the private folder for sign-in cookies (%1).</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp: %1.</source>
        <translation>Cannot write the sign-in cookies for yt-dlp: %1.</translation>
    </message>
    <message>
        <source>Cannot write the sign-in cookies for yt-dlp (is the disk full?).</source>
        <translation>Cannot write the sign-in cookies for yt-dlp (is the disk full?).</translation>
    </message>
</context>
<context>
    <name>tunedrop::CookieVault</name>
    <message>
        <source>%1 is too large to be a cookies.txt file.</source>
        <translation>%1 is too large to be a cookies.txt file.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>The cookies could not be stored safely: %1</source>
        <translation>The cookies could not be stored safely: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported. They are kept in the system keychain; you can delete the cookies.txt file now.</source>
        <translation>
            <numerusform>%n cookie imported. It is kept in the system keychain; you can delete the cookies.txt file now.</numerusform>
            <numerusform>%n cookies imported. They are kept in the system keychain; you can delete the cookies.txt file now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cookie(s) imported.</source>
        <translation>
            <numerusform>%n cookie imported.</numerusform>
            <numerusform>%n cookies imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::DuplicateNotice</name>
    <message>
        <source>&amp;Open It</source>
        <translation>&amp;Open It</translation>
    </message>
    <message>
        <source>Open the MP3 made earlier</source>
        <translation>Open the MP3 made earlier</translation>
    </message>
    <message>
        <source>Convert A&amp;gain</source>
        <translation>Convert A&amp;gain</translation>
    </message>
    <message>
        <source>Convert it again into a new MP3</source>
        <translation>Convert it again into a new MP3</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Close this notice</translation>
    </message>
    <message>
        <source>Already converted</source>
        <translation>Already converted</translation>
    </message>
    <message>
        <source>“%1” is already converted. Open it, or convert it again?</source>
        <translation>“%1” is already converted. Open it, or convert it again?</translation>
    </message>
</context>
<context>
    <name>tunedrop::FolderOpener</name>
    <message>
        <source>The folder %1 does not exist any more.</source>
        <translation>The folder %1 does not exist any more.</translation>
    </message>
    <message>
        <source>No file manager could open %1. Open that folder yourself, or install a file manager.</source>
        <translation>No file manager could open %1. Open that folder yourself, or install a file manager.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobActions</name>
    <message>
        <source>&amp;Play</source>
        <translation>&amp;Play</translation>
    </message>
    <message>
        <source>Play the selected MP3 in the player below</source>
        <translation>Play the selected MP3 in the player below</translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation>&amp;Open File</translation>
    </message>
    <message>
        <source>Open the MP3 with the default application</source>
        <translation>Open the MP3 with the default application</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Show in &amp;Folder</translation>
    </message>
    <message>
        <source>Open the folder that holds the MP3</source>
        <translation>Open the folder that holds the MP3</translation>
    </message>
    <message>
        <source>Copy &amp;LAN Download Link</source>
        <translation>Copy &amp;LAN Download Link</translation>
    </message>
    <message>
        <source>Copy a link other devices on the network can download the MP3 from</source>
        <translation>Copy a link other devices on the network can download the MP3 from</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Try the failed or cancelled jobs again</source>
        <translation>Try the failed or cancelled jobs again</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Stop the selected jobs</source>
        <translation>Stop the selected jobs</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <source>Remove the selected jobs from the list, optionally with their files</source>
        <translation>Remove the selected jobs from the list, optionally with their files</translation>
    </message>
    <message>
        <source>Clear Fi&amp;nished</source>
        <translation>Clear Fi&amp;nished</translation>
    </message>
    <message>
        <source>Remove every finished job from the list (files stay)</source>
        <translation>Remove every finished job from the list (files stay)</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>P&amp;ause Queue</translation>
    </message>
    <message>
        <source>Turn on the web server in Settings to share links on the network</source>
        <translation>Turn on the web server in Settings to share links on the network</translation>
    </message>
    <message>
        <source>Remove Jobs</source>
        <translation>Remove Jobs</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation>
            <numerusform>Remove %n job from the list?</numerusform>
            <numerusform>Remove %n jobs from the list?</numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete the MP3 files</source>
        <translation>Also delete the MP3 files</translation>
    </message>
    <message>
        <source>&amp;Keep Forever</source>
        <translation>&amp;Keep Forever</translation>
    </message>
    <message>
        <source>Never delete this MP3 when its retention time is over</source>
        <translation>Never delete this MP3 when its retention time is over</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>Save a Cop&amp;y…</translation>
    </message>
    <message>
        <source>Copy the MP3 to a folder of your choice</source>
        <translation>Copy the MP3 to a folder of your choice</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Save a Copy</translation>
    </message>
    <message>
        <source>MP3 audio (*.mp3)</source>
        <translation>MP3 audio (*.mp3)</translation>
    </message>
    <message>
        <source>Could not copy the MP3 to %1.</source>
        <translation>Could not copy the MP3 to %1.</translation>
    </message>
    <message>
        <source>Show in Folder</source>
        <translation>Show in Folder</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Clear Finished</translation>
    </message>
    <message numerus="yes">
        <source>%n of the finished jobs are marked Keep Forever.</source>
        <translation>
            <numerusform>%n of the finished jobs is marked Keep Forever.</numerusform>
            <numerusform>%n of the finished jobs are marked Keep Forever.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear them from the list too? Their MP3s stay in the folder either way.</source>
        <translation>Clear them from the list too? Their MP3s stay in the folder either way.</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>Clear &amp;All</translation>
    </message>
    <message>
        <source>Clear the &amp;Others</source>
        <translation>Clear the &amp;Others</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobDetailsPane</name>
    <message>
        <source>Link or file: %1</source>
        <translation>Link or file: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation> (attempt %1)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobItemDelegate</name>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Resolving</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Converting</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Speed</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>ETA</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>attempt %1 of %2</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>attempt %1</translation>
    </message>
    <message>
        <source>Retrying in %1 (%2)</source>
        <translation>Retrying in %1 (%2)</translation>
    </message>
    <message>
        <source>Retrying as soon as a worker is free (%1)</source>
        <translation>Retrying as soon as a worker is free (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Local file</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListView</name>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Every link and file you added, with its progress</source>
        <translation>Every link and file you added, with its progress</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobQueue</name>
    <message>
        <source>Local files can only be added on this computer, not from the web.</source>
        <translation>Local files can only be added on this computer, not from the web.</translation>
    </message>
    <message numerus="yes">
        <source>This is taking longer than %n minute(s).</source>
        <translation>
            <numerusform>This is taking longer than %n minute.</numerusform>
            <numerusform>This is taking longer than %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation>Playlist</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s): the time limit for one job.</source>
        <translation>
            <numerusform>Stopped after %n minute: the time limit for one job.</numerusform>
            <numerusform>Stopped after %n minutes: the time limit for one job.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>tunedrop::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Some YouTube formats may be missing. %1</source>
        <translation>Some YouTube formats may be missing. %1</translation>
    </message>
    <message>
        <source>Links to this computer are not allowed from the web (%1).</source>
        <translation>Links to this computer are not allowed from the web (%1).</translation>
    </message>
    <message>
        <source>the address of %1 could not be checked: %2</source>
        <translation>the address of %1 could not be checked: %2</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>host not found</translation>
    </message>
    <message>
        <source>%1 leads to %2</source>
        <translation>%1 leads to %2</translation>
    </message>
    <message>
        <source>TuneDrop could not start its connection guard (%1).</source>
        <translation>TuneDrop could not start its connection guard (%1).</translation>
    </message>
</context>
<context>
    <name>tunedrop::LinkBarMark</name>
    <message>
        <source>This is not a link TuneDrop can download.</source>
        <translation>This is not a link TuneDrop can download.</translation>
    </message>
</context>
<context>
    <name>tunedrop::MainWindow</name>
    <message>
        <source>TuneDrop</source>
        <translation>TuneDrop</translation>
    </message>
    <message>
        <source>Paste a YouTube link, any video or audio link, or a file path</source>
        <translation>Paste a YouTube link, any video or audio link, or a file path</translation>
    </message>
    <message>
        <source>Link to add</source>
        <translation>Link to add</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation>Add the link</translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation>Open &amp;Files…</translation>
    </message>
    <message>
        <source>Choose media files to convert</source>
        <translation>Choose media files to convert</translation>
    </message>
    <message>
        <source>Paste or drop a link here

YouTube, any site yt-dlp knows, a direct media link or a local file</source>
        <translation>Paste or drop a link here

YouTube, any site yt-dlp knows, a direct media link or a local file</translation>
    </message>
    <message>
        <source>Job details</source>
        <translation>Job details</translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation>Select a job to see its details.</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Overall progress</translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation>&amp;Paste Links</translation>
    </message>
    <message>
        <source>Add every link on the clipboard</source>
        <translation>Add every link on the clipboard</translation>
    </message>
    <message>
        <source>Go to the Link Bar</source>
        <translation>Go to the Link Bar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>The clipboard holds no link or media file.</source>
        <translation>The clipboard holds no link or media file.</translation>
    </message>
    <message>
        <source>Choose Media Files</source>
        <translation>Choose Media Files</translation>
    </message>
    <message>
        <source>Media files (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;All files (*)</source>
        <translation>Media files (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;All files (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n item(s)</source>
        <translation>
            <numerusform>Drop to add %n item</numerusform>
            <numerusform>Drop to add %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be added: drop a link or a media file</source>
        <translation>This cannot be added: drop a link or a media file</translation>
    </message>
    <message>
        <source>Nothing to add: the dropped item is not a link or a media file.</source>
        <translation>Nothing to add: the dropped item is not a link or a media file.</translation>
    </message>
    <message>
        <source>%1 queued · %2 running · %3 done · %4 failed</source>
        <translation>%1 queued · %2 running · %3 done · %4 failed</translation>
    </message>
    <message>
        <source>%1 % — TuneDrop</source>
        <translation>%1 % — TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About TuneDrop</source>
        <translation>&amp;About TuneDrop</translation>
    </message>
    <message>
        <source>Already in the list.</source>
        <translation>Already in the list.</translation>
    </message>
    <message>
        <source>Converting again.</source>
        <translation>Converting again.</translation>
    </message>
    <message>
        <source>Open F&amp;iles…</source>
        <translation>Open F&amp;iles…</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation>%1 cancelled</translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s).</source>
        <translation>
            <numerusform>Added %n item.</numerusform>
            <numerusform>Added %n items.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already in the list: “%1”.</source>
        <translation>Already in the list: “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already in the list.</source>
        <translation>
            <numerusform>%n item already in the list.</numerusform>
            <numerusform>%n items already in the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Already converted.</source>
        <translation>Already converted.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped: not links TuneDrop can download (“%1”).</source>
        <translation>
            <numerusform>%n line skipped: not a link TuneDrop can download (“%1”).</numerusform>
            <numerusform>%n lines skipped: not links TuneDrop can download (“%1”).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::OnceRunner</name>
    <message>
        <source>error: %1: %2</source>
        <translation>error: %1: %2</translation>
    </message>
    <message>
        <source>error: %1: the job was removed.</source>
        <translation>error: %1: the job was removed.</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>warning: %1: %2</translation>
    </message>
    <message>
        <source>the file has expired and was deleted.</source>
        <translation>the file has expired and was deleted.</translation>
    </message>
    <message>
        <source>error: %1: interrupted; it stays queued and finishes the next time TuneDrop runs with this profile.</source>
        <translation>error: %1: interrupted; it stays queued and finishes the next time TuneDrop runs with this profile.</translation>
    </message>
</context>
<context>
    <name>tunedrop::PlayerBar</name>
    <message>
        <source>No audio output device found.</source>
        <translation>No audio output device found.</translation>
    </message>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Plays a finished MP3 (Space toggles play and pause)</source>
        <translation>Plays a finished MP3 (Space toggles play and pause)</translation>
    </message>
    <message>
        <source>Cover art</source>
        <translation>Cover art</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Playback position</translation>
    </message>
    <message>
        <source>Playback position: drag to seek</source>
        <translation>Playback position: drag to seek</translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation>Elapsed and total time</translation>
    </message>
    <message>
        <source>Elapsed time / total time</source>
        <translation>Elapsed time / total time</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation>Playback error</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation>Volume: %1%</translation>
    </message>
    <message>
        <source>This file cannot be played: a GStreamer plugin may be missing (install gstreamer1.0-plugins-good).</source>
        <translation>This file cannot be played: a GStreamer plugin may be missing (install gstreamer1.0-plugins-good).</translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation>The file cannot be opened.</translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation>Playback failed.</translation>
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation>%1
Details: %2</translation>
    </message>
    <message>
        <source>No track</source>
        <translation>No track</translation>
    </message>
    <message>
        <source>No track loaded</source>
        <translation>No track loaded</translation>
    </message>
    <message>
        <source>No cover art</source>
        <translation>No cover art</translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation>Now playing: %1</translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation>The file “%1” no longer exists.</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePauseAction</name>
    <message>
        <source>Resume &amp;Queue</source>
        <translation>Resume &amp;Queue</translation>
    </message>
    <message>
        <source>P&amp;ause Queue</source>
        <translation>P&amp;ause Queue</translation>
    </message>
    <message>
        <source>Go on with the paused jobs from where they stopped, and start queued ones</source>
        <translation>Go on with the paused jobs from where they stopped, and start queued ones</translation>
    </message>
    <message>
        <source>Stop running jobs where they are and start no new ones until resumed</source>
        <translation>Stop running jobs where they are and start no new ones until resumed</translation>
    </message>
</context>
<context>
    <name>tunedrop::QueuePausedLabel</name>
    <message>
        <source>Queue paused</source>
        <translation>Queue paused</translation>
    </message>
    <message>
        <source>Running jobs stand still where they are and no new ones start. Resume Queue (Ctrl+P) goes on.</source>
        <translation>Running jobs stand still where they are and no new ones start. Resume Queue (Ctrl+P) goes on.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionLabel</name>
    <message numerus="yes">
        <source>MP3s are deleted %n h after conversion</source>
        <translation>
            <numerusform>MP3s are deleted %n h after conversion</numerusform>
            <numerusform>MP3s are deleted %n h after conversion</numerusform>
        </translation>
    </message>
    <message>
        <source>MP3s are kept</source>
        <translation>MP3s are kept</translation>
    </message>
    <message>
        <source>%1 (command line)</source>
        <translation>%1 (command line)</translation>
    </message>
    <message>
        <source>Set for this run by --retention-hours</source>
        <translation>Set for this run by --retention-hours</translation>
    </message>
    <message>
        <source>Change this in Settings ▸ Queue; Keep Forever keeps a single MP3</source>
        <translation>Change this in Settings ▸ Queue; Keep Forever keeps a single MP3</translation>
    </message>
    <message numerus="yes">
        <source>Finished MP3s are deleted %n hour(s) after conversion, unless you keep them.</source>
        <translation>
            <numerusform>Finished MP3s are deleted %n hour after conversion, unless you keep them.</numerusform>
            <numerusform>Finished MP3s are deleted %n hours after conversion, unless you keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished MP3s are kept until you delete them.</source>
        <translation>Finished MP3s are kept until you delete them.</translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionNotice</name>
    <message>
        <source>Keep them</source>
        <translation>Keep them</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Remember this choice (Settings ▸ Queue changes it later)</source>
        <translation>Remember this choice (Settings ▸ Queue changes it later)</translation>
    </message>
    <message>
        <source>What happens to finished MP3s</source>
        <translation>What happens to finished MP3s</translation>
    </message>
    <message numerus="yes">
        <source>TuneDrop deletes the MP3s it makes %n hour(s) after conversion, so that the folder does not fill up. Keep Forever or Save a Copy keeps a single one. What should happen to your MP3s?</source>
        <translation>
            <numerusform>TuneDrop deletes the MP3s it makes %n hour after conversion, so that the folder does not fill up. Keep Forever or Save a Copy keeps a single one. What should happen to your MP3s?</numerusform>
            <numerusform>TuneDrop deletes the MP3s it makes %n hours after conversion, so that the folder does not fill up. Keep Forever or Save a Copy keeps a single one. What should happen to your MP3s?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete MP3s %n hour(s) after conversion</source>
        <translation>
            <numerusform>Delete MP3s %n hour after conversion</numerusform>
            <numerusform>Delete MP3s %n hours after conversion</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tunedrop::RetentionPurger</name>
    <message>
        <source>already gone</source>
        <translation>already gone</translation>
    </message>
    <message>
        <source>kept: not a regular file (a link, a folder or a device)</source>
        <translation>kept: not a regular file (a link, a folder or a device)</translation>
    </message>
    <message>
        <source>kept: no longer inside the library folder %1</source>
        <translation>kept: no longer inside the library folder %1</translation>
    </message>
    <message>
        <source>kept: changed or replaced since TuneDrop wrote it</source>
        <translation>kept: changed or replaced since TuneDrop wrote it</translation>
    </message>
    <message numerus="yes">
        <source>older than %n hour(s)</source>
        <translation>
            <numerusform>older than %n hour</numerusform>
            <numerusform>older than %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>could not delete (%1); trying again next round</source>
        <translation>could not delete (%1); trying again next round</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation>Settings categories</translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation>O&amp;utput</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation>&amp;Web server</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation>&amp;Interface</translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation>Problem with the settings</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialog buttons</translation>
    </message>
    <message>
        <source>The settings could not be saved. Check that the settings folder is writable.</source>
        <translation>The settings could not be saved. Check that the settings folder is writable.</translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog::Private</name>
    <message>
        <source>Only the address %1</source>
        <translation>Only the address %1</translation>
    </message>
    <message>
        <source>about %1 kbps (0 = best, 9 = smallest)</source>
        <translation>about %1 kbps (0 = best, 9 = smallest)</translation>
    </message>
    <message>
        <source>Blue in Green</source>
        <translation>Blue in Green</translation>
    </message>
    <message>
        <source>Miles Davis</source>
        <translation>Miles Davis</translation>
    </message>
    <message>
        <source>Kind of Blue</source>
        <translation>Kind of Blue</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Example: %1</translation>
    </message>
    <message>
        <source> hour</source>
        <translation> hour</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>The new password replaces the current one when you apply.</source>
        <translation>The new password replaces the current one when you apply.</translation>
    </message>
    <message>
        <source>The password is set when you apply.</source>
        <translation>The password is set when you apply.</translation>
    </message>
    <message>
        <source>A password is set. Type a new one to replace it.</source>
        <translation>A password is set. Type a new one to replace it.</translation>
    </message>
    <message>
        <source>The password is removed when you apply.</source>
        <translation>The password is removed when you apply.</translation>
    </message>
    <message>
        <source>No password is set. One is needed to listen on the local network.</source>
        <translation>No password is set. One is needed to listen on the local network.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Output folder</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>Output &amp;folder:</translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation>Browse for the output folder</translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation>Choose the Output Folder</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation>Constant bitrate (CBR)</translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation>Variable bitrate (VBR)</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation>%1 kbps</translation>
    </message>
    <message>
        <source>Bit&amp;rate:</source>
        <translation>Bit&amp;rate:</translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation>VBR quality</translation>
    </message>
    <message>
        <source>0 is the best quality and the largest file, 9 the smallest file.</source>
        <translation>0 is the best quality and the largest file, 9 the smallest file.</translation>
    </message>
    <message>
        <source>&amp;VBR quality:</source>
        <translation>&amp;VBR quality:</translation>
    </message>
    <message>
        <source>ID3 tag version</source>
        <translation>ID3 tag version</translation>
    </message>
    <message>
        <source>ID3v2.4</source>
        <translation>ID3v2.4</translation>
    </message>
    <message>
        <source>ID3v2.3 (for older players)</source>
        <translation>ID3v2.3 (for older players)</translation>
    </message>
    <message>
        <source>I&amp;D3 tags:</source>
        <translation>I&amp;D3 tags:</translation>
    </message>
    <message>
        <source>Copy MP3 &amp;sources without re-encoding when possible</source>
        <translation>Copy MP3 &amp;sources without re-encoding when possible</translation>
    </message>
    <message>
        <source>Copy MP3 sources without re-encoding when possible</source>
        <translation>Copy MP3 sources without re-encoding when possible</translation>
    </message>
    <message>
        <source>File name template</source>
        <translation>File name template</translation>
    </message>
    <message>
        <source>Placeholders: {title} {artist} {album} {date} {track}</source>
        <translation>Placeholders: {title} {artist} {album} {date} {track}</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>File &amp;name:</translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation>File name preview</translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation>Simultaneous conversions</translation>
    </message>
    <message>
        <source>&amp;Simultaneous conversions:</source>
        <translation>&amp;Simultaneous conversions:</translation>
    </message>
    <message>
        <source>Delete MP3s after hours</source>
        <translation>Delete MP3s after hours</translation>
    </message>
    <message>
        <source>&amp;Keep forever</source>
        <translation>&amp;Keep forever</translation>
    </message>
    <message>
        <source>Keep MP3s forever</source>
        <translation>Keep MP3s forever</translation>
    </message>
    <message>
        <source>&amp;Delete MP3s after:</source>
        <translation>&amp;Delete MP3s after:</translation>
    </message>
    <message>
        <source>Most tracks taken from a playlist</source>
        <translation>Most tracks taken from a playlist</translation>
    </message>
    <message>
        <source>Most tracks per &amp;playlist:</source>
        <translation>Most tracks per &amp;playlist:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Soft time limit in minutes</source>
        <translation>Soft time limit in minutes</translation>
    </message>
    <message>
        <source>Soft time &amp;limit:</source>
        <translation>Soft time &amp;limit:</translation>
    </message>
    <message>
        <source>Hard time limit in minutes</source>
        <translation>Hard time limit in minutes</translation>
    </message>
    <message>
        <source>&amp;Hard time limit:</source>
        <translation>&amp;Hard time limit:</translation>
    </message>
    <message>
        <source>A conversion running longer than the soft limit is marked as slow; at the hard limit it is stopped and tried again.</source>
        <translation>A conversion running longer than the soft limit is marked as slow; at the hard limit it is stopped and tried again.</translation>
    </message>
    <message>
        <source>&amp;Enable the web server</source>
        <translation>&amp;Enable the web server</translation>
    </message>
    <message>
        <source>Enable the web server</source>
        <translation>Enable the web server</translation>
    </message>
    <message>
        <source>Convert links from a browser on this computer or, with a password, from other devices on your network.</source>
        <translation>Convert links from a browser on this computer or, with a password, from other devices on your network.</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation>Listen on</translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation>This computer only (127.0.0.1)</translation>
    </message>
    <message>
        <source>Local network (all addresses)</source>
        <translation>Local network (all addresses)</translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation>&amp;Listen on:</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Access password</translation>
    </message>
    <message>
        <source>Re&amp;move password</source>
        <translation>Re&amp;move password</translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation>Remove password</translation>
    </message>
    <message>
        <source>Access &amp;password:</source>
        <translation>Access &amp;password:</translation>
    </message>
    <message>
        <source>Password status</source>
        <translation>Password status</translation>
    </message>
    <message>
        <source>yt-dlp program</source>
        <translation>yt-dlp program</translation>
    </message>
    <message>
        <source>yt-dlp from the system PATH</source>
        <translation>yt-dlp from the system PATH</translation>
    </message>
    <message>
        <source>&amp;yt-dlp program:</source>
        <translation>&amp;yt-dlp program:</translation>
    </message>
    <message>
        <source>Browse for the yt-dlp program</source>
        <translation>Browse for the yt-dlp program</translation>
    </message>
    <message>
        <source>Choose the yt-dlp Program</source>
        <translation>Choose the yt-dlp Program</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>System default</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>A new language is used the next time TuneDrop starts.</source>
        <translation>A new language is used the next time TuneDrop starts.</translation>
    </message>
    <message>
        <source>&amp;Notify me when conversions finish</source>
        <translation>&amp;Notify me when conversions finish</translation>
    </message>
    <message>
        <source>Notify me when conversions finish</source>
        <translation>Notify me when conversions finish</translation>
    </message>
    <message>
        <source>Keep running in the &amp;system tray when the window is closed</source>
        <translation>Keep running in the &amp;system tray when the window is closed</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Keep running in the system tray when the window is closed</translation>
    </message>
    <message>
        <source>yt-dlp fetches audio from video and streaming sites. Leave this empty to use the copy TuneDrop keeps up to date, else the one on the system PATH.</source>
        <translation>yt-dlp fetches audio from video and streaming sites. Leave this empty to use the copy TuneDrop keeps up to date, else the one on the system PATH.</translation>
    </message>
    <message>
        <source>Colour scheme</source>
        <translation>Colour scheme</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colour sc&amp;heme:</source>
        <translation>Colour sc&amp;heme:</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Web page address</translation>
    </message>
    <message>
        <source>Open from a phone:</source>
        <translation>Open from a phone:</translation>
    </message>
</context>
<context>
    <name>tunedrop::TrayIcon</name>
    <message>
        <source>TuneDrop</source>
        <translation>TuneDrop</translation>
    </message>
    <message>
        <source>&amp;Show TuneDrop</source>
        <translation>&amp;Show TuneDrop</translation>
    </message>
    <message>
        <source>MP3 ready</source>
        <translation>MP3 ready</translation>
    </message>
    <message>
        <source>Could not convert</source>
        <translation>Could not convert</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebAddressPanel</name>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Copy address</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copy address</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR code of %1</translation>
    </message>
    <message>
        <source>Web page addresses</source>
        <translation>Web page addresses</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Show a QR code of %1 to open the web page from a phone</source>
        <translation>Show a QR code of %1 to open the web page from a phone</translation>
    </message>
    <message>
        <source>Web page: %1</source>
        <translation>Web page: %1</translation>
    </message>
    <message>
        <source>Web page address</source>
        <translation>Web page address</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebPage</name>
    <message>
        <source>Links to convert to MP3</source>
        <translation>Links to convert to MP3</translation>
    </message>
    <message>
        <source>Paste one or more links, one per line</source>
        <translation>Paste one or more links, one per line</translation>
    </message>
    <message>
        <source>Download as MP3</source>
        <translation>Download as MP3</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Nothing here yet.</source>
        <translation>Nothing here yet.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>TuneDrop did not answer. Check the connection and try again.</source>
        <translation>TuneDrop did not answer. Check the connection and try again.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Waiting in the queue</source>
        <translation>Waiting in the queue</translation>
    </message>
    <message>
        <source>Trying again in %1 (attempt %2 of %3)</source>
        <translation>Trying again in %1 (attempt %2 of %3)</translation>
    </message>
    <message>
        <source>Looking up the link…</source>
        <translation>Looking up the link…</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Downloading</translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation>Downloading…</translation>
    </message>
    <message>
        <source>Converting</source>
        <translation>Converting</translation>
    </message>
    <message>
        <source>Converting…</source>
        <translation>Converting…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Expired: the MP3 has been deleted</source>
        <translation>Expired: the MP3 has been deleted</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>%1 kB/s</source>
        <translation>%1 kB/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>about %1 s left</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>about %1 min left</translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>about %1 h left</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) added.</source>
        <translation>
            <numerusform>%n link added.</numerusform>
            <numerusform>%n links added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already in the list.</source>
        <translation>
            <numerusform>%n link already in the list.</numerusform>
            <numerusform>%n links already in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) already converted: the MP3 is in the list.</source>
        <translation>
            <numerusform>%n link already converted: the MP3 is in the list.</numerusform>
            <numerusform>%n links already converted: the MP3s are in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be added:</source>
        <translation>
            <numerusform>%n line could not be added:</numerusform>
            <numerusform>%n lines could not be added:</numerusform>
        </translation>
    </message>
    <message>
        <source>the file or video was not found</source>
        <translation>the file or video was not found</translation>
    </message>
    <message>
        <source>access was refused</source>
        <translation>access was refused</translation>
    </message>
    <message>
        <source>there is no sound in it</source>
        <translation>there is no sound in it</translation>
    </message>
    <message>
        <source>this kind of file cannot be converted</source>
        <translation>this kind of file cannot be converted</translation>
    </message>
    <message>
        <source>the file is damaged</source>
        <translation>the file is damaged</translation>
    </message>
    <message>
        <source>the disk of the computer running TuneDrop is full</source>
        <translation>the disk of the computer running TuneDrop is full</translation>
    </message>
    <message>
        <source>the connection failed</source>
        <translation>the connection failed</translation>
    </message>
    <message>
        <source>it took too long</source>
        <translation>it took too long</translation>
    </message>
    <message>
        <source>something went wrong inside TuneDrop</source>
        <translation>something went wrong inside TuneDrop</translation>
    </message>
</context>
<context>
    <name>tunedrop::WebServer</name>
    <message>
        <source>Back to TuneDrop</source>
        <translation>Back to TuneDrop</translation>
    </message>
    <message>
        <source>Port %1 is already in use by another program. Choose another port in Settings or with --web-port, or stop the other program.</source>
        <translation>Port %1 is already in use by another program. Choose another port in Settings or with --web-port, or stop the other program.</translation>
    </message>
    <message>
        <source>Only web links (http or https) can be sent from a browser.</source>
        <translation>Only web links (http or https) can be sent from a browser.</translation>
    </message>
    <message>
        <source>Links to this computer&apos;s own services are not accepted from the web.</source>
        <translation>Links to this computer&apos;s own services are not accepted from the web.</translation>
    </message>
    <message>
        <source>TuneDrop is shutting down. Send the link again once it runs.</source>
        <translation>TuneDrop is shutting down. Send the link again once it runs.</translation>
    </message>
    <message>
        <source>Invalid link</source>
        <translation>Invalid link</translation>
    </message>
    <message>
        <source>This download link is not valid, or its file has expired.</source>
        <translation>This download link is not valid, or its file has expired.</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Not ready yet</translation>
    </message>
    <message>
        <source>The MP3 is still being prepared. Try again in a moment.</source>
        <translation>The MP3 is still being prepared. Try again in a moment.</translation>
    </message>
    <message>
        <source>Unknown host.</source>
        <translation>Unknown host.</translation>
    </message>
    <message>
        <source>Cross-site requests are refused.</source>
        <translation>Cross-site requests are refused.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>The request is too large.</translation>
    </message>
    <message>
        <source>Send JSON (Content-Type: application/json).</source>
        <translation>Send JSON (Content-Type: application/json).</translation>
    </message>
    <message>
        <source>Send {&quot;links&quot;: [...]} with 1 to %1 links.</source>
        <translation>Send {&quot;links&quot;: [...]} with 1 to %1 links.</translation>
    </message>
    <message>
        <source>The job is not in a state that allows this.</source>
        <translation>The job is not in a state that allows this.</translation>
    </message>
    <message>
        <source>Listening on %1 (the local network) needs an access password. Set one in Settings or with “tunedrop --set-web-password”.</source>
        <translation>Listening on %1 (the local network) needs an access password. Set one in Settings or with “tunedrop --set-web-password”.</translation>
    </message>
    <message>
        <source>The page is out of date: reload it.</source>
        <translation>The page is out of date: reload it.</translation>
    </message>
    <message>
        <source>Log in or send the API token.</source>
        <translation>Log in or send the API token.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Access password</source>
        <translation>Access password</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Not found.</translation>
    </message>
    <message>
        <source>The request is malformed.</source>
        <translation>The request is malformed.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n second.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is not a link. Paste a link that starts with http:// or https://.</source>
        <translation>This is not a link. Paste a link that starts with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpNotice</name>
    <message>
        <source>Update yt-dlp</source>
        <translation>Update yt-dlp</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Close this notice</source>
        <translation>Close this notice</translation>
    </message>
    <message>
        <source>yt-dlp notice</source>
        <translation>yt-dlp notice</translation>
    </message>
    <message>
        <source>yt-dlp is not installed, so links to YouTube and other video sites cannot be converted.</source>
        <translation>yt-dlp is not installed, so links to YouTube and other video sites cannot be converted.</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Downloading the latest yt-dlp…</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpPanel</name>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>U&amp;pdate yt-dlp</source>
        <translation>U&amp;pdate yt-dlp</translation>
    </message>
    <message>
        <source>Update yt-dlp</source>
        <translation>Update yt-dlp</translation>
    </message>
    <message>
        <source>Download the latest yt-dlp release, check it against the release&apos;s checksums and install it for TuneDrop.</source>
        <translation>Download the latest yt-dlp release, check it against the release&apos;s checksums and install it for TuneDrop.</translation>
    </message>
    <message>
        <source>Roll Bac&amp;k</source>
        <translation>Roll Bac&amp;k</translation>
    </message>
    <message>
        <source>Roll back to the previous yt-dlp</source>
        <translation>Roll back to the previous yt-dlp</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In use:</translation>
    </message>
    <message>
        <source>JavaScript runtime:</source>
        <translation>JavaScript runtime:</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;None</translation>
    </message>
    <message>
        <source>No sign-in cookies</source>
        <translation>No sign-in cookies</translation>
    </message>
    <message>
        <source>Imported cookies.t&amp;xt</source>
        <translation>Imported cookies.t&amp;xt</translation>
    </message>
    <message>
        <source>Use the imported cookies.txt</source>
        <translation>Use the imported cookies.txt</translation>
    </message>
    <message>
        <source>&amp;Read from a browser</source>
        <translation>&amp;Read from a browser</translation>
    </message>
    <message>
        <source>Read cookies from a browser</source>
        <translation>Read cookies from a browser</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>I&amp;mport…</translation>
    </message>
    <message>
        <source>Import a cookies.txt file</source>
        <translation>Import a cookies.txt file</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Forget</translation>
    </message>
    <message>
        <source>Forget the imported cookies</source>
        <translation>Forget the imported cookies</translation>
    </message>
    <message>
        <source>Browser to read cookies from</source>
        <translation>Browser to read cookies from</translation>
    </message>
    <message>
        <source>A browser name, optionally with a profile: chrome:Profile 1</source>
        <translation>A browser name, optionally with a profile: chrome:Profile 1</translation>
    </message>
    <message>
        <source>Brow&amp;ser:</source>
        <translation>Brow&amp;ser:</translation>
    </message>
    <message>
        <source>Sign-in cookies:</source>
        <translation>Sign-in cookies:</translation>
    </message>
    <message>
        <source>Import Sign-in Cookies</source>
        <translation>Import Sign-in Cookies</translation>
    </message>
    <message>
        <source>Cookie files (*.txt);;All files (*)</source>
        <translation>Cookie files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Downloading the latest yt-dlp…</source>
        <translation>Downloading the latest yt-dlp…</translation>
    </message>
    <message>
        <source>The yt-dlp program chosen above is still the one used; clear that field to use this copy.</source>
        <translation>The yt-dlp program chosen above is still the one used; clear that field to use this copy.</translation>
    </message>
    <message>
        <source>The imported cookies are removed from the keychain.</source>
        <translation>The imported cookies are removed from the keychain.</translation>
    </message>
    <message>
        <source>The cookies could not be removed: %1</source>
        <translation>The cookies could not be removed: %1</translation>
    </message>
    <message>
        <source>Imported cookies are kept in the system keychain, never in the settings file; yt-dlp gets a private copy only while it runs.</source>
        <translation>Imported cookies are kept in the system keychain, never in the settings file; yt-dlp gets a private copy only while it runs.</translation>
    </message>
    <message>
        <source>For sites that ask you to sign in: export cookies.txt from your browser and import it, or let yt-dlp read them from the browser.</source>
        <translation>For sites that ask you to sign in: export cookies.txt from your browser and import it, or let yt-dlp read them from the browser.</translation>
    </message>
</context>
<context>
    <name>tunedrop::YtDlpStatus</name>
    <message>
        <source>unknown version</source>
        <translation>unknown version</translation>
    </message>
    <message>
        <source>%1, the program chosen in Settings (%2)</source>
        <translation>%1, the program chosen in Settings (%2)</translation>
    </message>
    <message>
        <source>%1, the copy TuneDrop keeps up to date (%2)</source>
        <translation>%1, the copy TuneDrop keeps up to date (%2)</translation>
    </message>
    <message>
        <source>%1, installed on the system (%2)</source>
        <translation>%1, installed on the system (%2)</translation>
    </message>
    <message>
        <source>Not found. Use Update yt-dlp to install it for TuneDrop.</source>
        <translation>Not found. Use Update yt-dlp to install it for TuneDrop.</translation>
    </message>
    <message numerus="yes">
        <source>This yt-dlp is %n day(s) old; sites like YouTube change often and need a recent one.</source>
        <translation>
            <numerusform>This yt-dlp is %n day old; sites like YouTube change often and need a recent one.</numerusform>
            <numerusform>This yt-dlp is %n days old; sites like YouTube change often and need a recent one.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; this yt-dlp is too old to use it (2025.11.12 or newer needed).</source>
        <translation>%1; this yt-dlp is too old to use it (2025.11.12 or newer needed).</translation>
    </message>
</context>
<context>
    <name>tunedrop::cookies</name>
    <message>
        <source>This is not a Netscape cookies.txt file (line %1 is not a cookie). Export the cookies with a &quot;cookies.txt&quot; browser add-on and import that file.</source>
        <translation>This is not a Netscape cookies.txt file (line %1 is not a cookie). Export the cookies with a &quot;cookies.txt&quot; browser add-on and import that file.</translation>
    </message>
    <message>
        <source>This cookies.txt file holds no cookies.</source>
        <translation>This cookies.txt file holds no cookies.</translation>
    </message>
    <message>
        <source>Choose one of these browsers: %1.</source>
        <translation>Choose one of these browsers: %1.</translation>
    </message>
</context>
</TS>
