import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Options } from '@/components/Options';
import '@/assets/panel.css';

render(<Options version={browser.runtime.getManifest().version} />, document.getElementById('app')!);
