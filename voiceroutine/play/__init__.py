"""The live player: `session.play_routine` (the play command), `player.Player` (scheduling on the device's
position), `backends` (simpleaudio, miniaudio), `keys` (terminal keys), `display` (screen or plain lines)."""
