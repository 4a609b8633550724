<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CoverArt</name>
    <message>
        <source>The cover image is damaged or in an unsupported format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This FFmpeg build cannot decode the cover image format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover image is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover image could not be converted to JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cover image is not a JPEG, PNG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory while processing the cover image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncoderSettings</name>
    <message>
        <source>%1 kbps is not an MP3 bitrate. Choose one of 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256 or 320.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VBR quality must be between 0 (best) and 9 (smallest), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CBR %1 kbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VBR V%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>The job list in %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpDownloader</name>
    <message>
        <source>Reading the download was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The downloaded data could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found on %1 (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused access to the file (HTTP %2). The link may have expired or need a login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting downloads right now (HTTP 429). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a server problem (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an unexpected answer (HTTP %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 could not be found. Check the link and the internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: the download from %1 cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to save the download from %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download from %1 cannot be saved as %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a web address that can be downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link leads to a web page, not to a media file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected the download to an address that is not followed (not http/https, or no longer encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps redirecting (loop): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps redirecting (more than %1 times): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a part of the file that does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 kept breaking off; gave up after %n retries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The download from %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1 MB (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobStore</name>
    <message>
        <source>The job list could not be read (%1); it was moved to %2 and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job list was written by a newer TuneDrop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Enter a file name template, for example {artist} - {title}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template cannot contain / or \. Files are always saved in the output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder %1. Use {title}, {artist}, {album}, {date} or {track}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template has a { or } without its partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name template needs at least one of {title}, {artist}, {album}, {date} or {track}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on the network needs an access password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yt-dlp program %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yt-dlp program %1 is not an executable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder must be a full path, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TuneDrop cannot write to the output folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limits must be between 0 (off) and %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soft time limit must be shorter than the hard time limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transcoder</name>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MP3 encoder does not accept %1 at %2 Hz.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlClassifier</name>
    <message>
        <source>This YouTube link has no valid video id (the id is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This YouTube link has no valid video id (“%1” is not an 11-character id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This YouTube playlist link has no valid list id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has no valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a link or choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file link points at another computer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file link has no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1:” links are not supported. Paste an http(s) link or choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a link nor a file path. Paste a link or choose a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YtDlp</name>
    <message>
        <source>yt-dlp is not installed. Install it (e.g. `sudo apt install yt-dlp`) or set its path in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp gave an answer TuneDrop cannot read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video is blocked in your country by the site, so it cannot be downloaded from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video is unavailable: it may be private or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site wants you to sign in (age check, bot check or members-only video). Choose your browser&apos;s sign-in cookies in Settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site refused access. If it needs an account, choose your browser&apos;s sign-in cookies in Settings; otherwise yt-dlp may be outdated: update it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site is limiting requests right now: wait a while and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the site: check your internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TuneDrop cannot find any audio at this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp could not read this site; yt-dlp may be outdated: update it (`yt-dlp -U` or your package manager) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp finished but TuneDrop cannot find the downloaded file (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp could not process this link (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yt-dlp: %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --once needs --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: TuneDrop is already running with this profile (%1). Add the links there, or use --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: another TuneDrop holds this profile but does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder, not a media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TuneDrop may not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::AudioSource</name>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an audio or video file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no sound: it contains no audio track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1” (codec %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TuneDrop cannot decode the audio of “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TuneDrop cannot convert the audio format of “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” contains no audio that can be decoded; it may be damaged or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input is damaged after %1 s (%2); the audio up to there was converted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input ends early (truncated?): converted %1 s of %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::CommandLine</name>
    <message>
        <source>TuneDrop downloads a video or audio link (or converts a local file) and saves its sound as a tagged MP3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all settings and state in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write MP3 files to &lt;dir&gt; (default: the library folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant bitrate in kbps, 32 to 320 (default 192).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable bitrate quality, 0 (best) to 9 (smallest), instead of CBR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many conversions run at once, 1 to 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always re-encode, even MP3 sources that could be copied losslessly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write ID3v2.3 tags (for old players) instead of ID3v2.4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links or local media files to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[items...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose either --bitrate or --vbr, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bitrate or quality must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workers must be between 1 and 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--once needs at least one link or file to convert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the queue without a window until stopped (SIGINT/SIGTERM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --headless: convert the given items, print the path of each MP3, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::JobActions</name>
    <message>
        <source>&amp;Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the selected MP3 in the player below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the MP3 with the default application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the folder that holds the MP3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;LAN Download Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a link other devices on the network can download the MP3 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the failed or cancelled jobs again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected jobs from the list, optionally with their files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every finished job from the list (files stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start no new jobs until resumed (running ones finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume &amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on the web server in Settings to share links on the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n job(s) from the list?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Also delete the MP3 files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::JobItemDelegate</name>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::JobListView</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every link and file you added, with its progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::JobQueue</name>
    <message>
        <source>Local files can only be added on this computer, not from the web.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This is taking longer than %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n minute(s): the time limit for one job.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::JobRunner</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::MainWindow</name>
    <message>
        <source>TuneDrop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a YouTube link, any video or audio link, or a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose media files to convert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or drop a link here

YouTube, any site yt-dlp knows, a direct media link or a local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add every link on the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the Link Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no link or media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Media Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media files (*.mp3 *.m4a *.aac *.mp4 *.m4v *.webm *.mkv *.mka *.ogg *.oga *.opus *.flac *.wav *.aiff *.wma *.mov *.avi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n item(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Drop to add %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be added: drop a link or a media file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to add: the dropped item is not a link or a media file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP3s are saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued · %2 running · %3 done · %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % — TuneDrop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link or file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (attempt %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::Mp3StreamCopier</name>
    <message>
        <source>“%1” has no MPEG audio frames to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: the file ended early.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::OnceRunner</name>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: the job was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has expired and was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1: interrupted; it stays queued and finishes the next time TuneDrop runs with this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::PlayerBar</name>
    <message>
        <source>No audio output device found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plays a finished MP3 (Space toggles play and pause)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback position: drag to seek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed and total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time / total time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be played: a GStreamer plugin may be missing (install gstreamer1.0-plugins-good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cover art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now playing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utput</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved. Check that the settings folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::SettingsDialog::Private</name>
    <message>
        <source>Only the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 kbps (0 = best, 9 = smallest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue in Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miles Davis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password replaces the current one when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is set when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is set. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is removed when you apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is set. One is needed to listen on the local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the output folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Output Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constant bitrate (CBR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable bitrate (VBR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kbps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bit&amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VBR quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is the best quality and the largest file, 9 the smallest file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VBR quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID3 tag version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID3v2.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID3v2.3 (for older players)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;D3 tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy MP3 &amp;sources without re-encoding when possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy MP3 sources without re-encoding when possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placeholders: {title} {artist} {album} {date} {track}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simultaneous conversions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete MP3s after hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep MP3s forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete MP3s after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tracks taken from a playlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most tracks per &amp;playlist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft time limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft time &amp;limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard time limit in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hard time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversion running longer than the soft limit is marked as slow; at the hard limit it is stopped and tried again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable the web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable the web server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert links from a browser on this computer or, with a password, from other devices on your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer only (127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local network (all addresses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp from the system PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;yt-dlp program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the yt-dlp program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the yt-dlp Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yt-dlp fetches audio from video and streaming sites. Leave this empty to use the one found on the system PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used the next time TuneDrop starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify me when conversions finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when conversions finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the &amp;system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::Transcoder</name>
    <message>
        <source>The cover picture was left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::TrayIcon</name>
    <message>
        <source>TuneDrop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show TuneDrop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MP3 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not convert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tunedrop::averror</name>
    <message>
        <source>“%1” was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to “%1” was denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” uses a format TuneDrop cannot read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a media file TuneDrop can read, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not download “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: could not write “%1”. Free some space and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TuneDrop may not write to “%1”. Choose another output folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output folder for “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
